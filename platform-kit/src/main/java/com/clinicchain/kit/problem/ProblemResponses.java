package com.clinicchain.kit.problem;

import java.io.IOException;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem straight to the response, for refusals made in filters, before any controller runs. */
public class ProblemResponses {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletResponse response, ProblemException problem) throws IOException {
        write(response, problem.toProblemDetail());
    }

    /** Outside the correlation filter (the container's error page): the id is given. */
    void write(HttpServletResponse response, ProblemException problem, String correlationId) throws IOException {
        ProblemDetail detail = problem.toProblemDetail();
        detail.setProperty("correlationId", correlationId);
        write(response, detail);
    }

    private void write(HttpServletResponse response, ProblemDetail detail) throws IOException {
        response.setStatus(detail.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), detail);
    }
}
