package com.clinicchain.staffweb;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class StaffWebApplication {

    public static void main(String[] args) {
        SpringApplication.run(StaffWebApplication.class, args);
    }
}
