package com.clinicchain.staffweb.layout;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** This application's own 400 for a bad query parameter of a JSON or CSV answer, in the platform's problem shape. */
public final class FieldProblem {

    private FieldProblem() {
    }

    public static ResponseEntity<ProblemDetail> invalid(String field, String message) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + ": " + message);
        detail.setType(URI.create("/problems/validation"));
        detail.setTitle("Invalid request");
        detail.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return ResponseEntity.badRequest().body(detail);
    }
}
