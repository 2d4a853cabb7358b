package com.clinicchain.kit.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.json.JsonMapper;

@AutoConfiguration
@Import(ProblemHandler.class)
public class ProblemConfiguration {

    @Bean
    ProblemResponses problemResponses(JsonMapper json) {
        return new ProblemResponses(json);
    }

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(ProblemResponses problems) {
        return new ProblemSecurityHandlers(problems);
    }
}
