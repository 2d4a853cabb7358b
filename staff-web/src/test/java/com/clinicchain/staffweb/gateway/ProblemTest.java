package com.clinicchain.staffweb.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void readsThePlatformsProblem() {
        Problem problem = Problem.of(409, Map.of("type", "/problems/possible-duplicate", "title", "Possible duplicate",
                "status", 409, "detail", "a patient with the same name exists",
                "existingPatient", "/api/patients/6f1c"));

        assertThat(problem.is("possible-duplicate")).isTrue();
        assertThat(problem.property("existingPatient")).contains("/api/patients/6f1c");
        assertThat(problem.message()).isEqualTo("A patient with the same name exists");
    }

    @Test
    void readsFieldErrors() {
        Problem problem = Problem.of(400, Map.of("type", "/problems/validation", "errors",
                List.of(Map.of("field", "email", "message", "must be a well-formed email address"))));

        assertThat(problem.errors()).containsExactly(new Problem.FieldError("email",
                "must be a well-formed email address"));
    }

    @Test
    void aBodyThatIsNoProblemStillSaysWhatHappened() {
        assertThat(Problem.of(500, null).message()).isEqualTo("The request failed (HTTP 500)");
        assertThat(Problem.of(500, null).kind()).isEqualTo("http-500");
    }

    @Test
    void inOneSentenceTheNamedFieldsComeFirstThenWhatTheRoleMayNotDo() {
        assertThat(Problem.of(400, Map.of("detail", "the request is invalid", "errors",
                List.of(Map.of("field", "reason", "message", "must not be blank")))).inWords())
                .isEqualTo("Reason must not be blank");
        assertThat(Problem.of(403, Map.of("detail", "receptionists may not record treatment consent")).inWords())
                .isEqualTo("Your role may not do this: Receptionists may not record treatment consent");
        assertThat(Problem.of(409, Map.of("detail", "the session is completed")).inWords())
                .isEqualTo("The session is completed");
    }
}
