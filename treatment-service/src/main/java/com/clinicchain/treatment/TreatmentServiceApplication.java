package com.clinicchain.treatment;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TreatmentServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(TreatmentServiceApplication.class, args);
    }
}
