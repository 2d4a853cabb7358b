package com.clinicchain.kit.problem;

import java.io.IOException;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.kit.web.BodyTooLargeException;
import com.clinicchain.kit.web.CorrelationId;
import com.clinicchain.problems.ProblemType;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The servlet container's error page ({@code /error}): an error no handler answered (an exception thrown by a
 * filter, a {@code sendError} of the container) gets a catalogue problem, in place of Boot's default JSON. Hidden from
 * the OpenAPI documents: no partner calls it.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    private final ProblemResponses problems;

    ProblemErrorController(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given && given >= 400 ? given : HttpStatus.INTERNAL_SERVER_ERROR.value();
        ProblemType type = ProblemType.forStatus(status);
        String detail = "the request could not be completed";
        for (Throwable cause = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION); cause != null;
             cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                type = ProblemType.PAYLOAD_TOO_LARGE;
                detail = tooLarge.getMessage();
            }
        }
        String correlationId = response.getHeader(CorrelationId.HEADER);
        if (correlationId == null) {
            correlationId = CorrelationId.safeOrNew(request.getHeader(CorrelationId.HEADER));
            response.setHeader(CorrelationId.HEADER, correlationId);
        }
        problems.write(response, new ProblemException(type, detail), correlationId);
    }
}
