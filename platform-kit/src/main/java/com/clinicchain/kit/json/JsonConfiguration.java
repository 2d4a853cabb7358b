package com.clinicchain.kit.json;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/** Every service reads request bodies and events without converting one JSON type into another. */
@AutoConfiguration
public class JsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return StrictJson::configure;
    }
}
