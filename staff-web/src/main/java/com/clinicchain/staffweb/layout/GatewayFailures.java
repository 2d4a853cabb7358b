package com.clinicchain.staffweb.layout;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

import com.clinicchain.staffweb.gateway.GatewayProblem;
import com.clinicchain.staffweb.security.StaffUser;
import com.clinicchain.staffweb.gateway.GatewayUnavailable;
import com.clinicchain.staffweb.gateway.Problem;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a page shows when the platform refuses or is down and the page itself has nothing better to say: a banner
 * with the platform's words, never a stack trace. An htmx request gets the banner alone, in place of what it asked
 * for.
 */
@ControllerAdvice
class GatewayFailures {

    private static final Logger log = LoggerFactory.getLogger(GatewayFailures.class);

    @ExceptionHandler(GatewayUnavailable.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    ModelAndView unavailable(GatewayUnavailable e, HttpServletRequest request, @AuthenticationPrincipal StaffUser user) {
        log.warn("platform unavailable for {}: {}", request.getRequestURI(), e.getMessage());
        return banner(request, user, "The platform is not answering right now (" + e.getMessage()
                + "). Nothing was changed; try again in a moment.");
    }

    @ExceptionHandler(GatewayProblem.class)
    ModelAndView refused(GatewayProblem e, HttpServletRequest request, @AuthenticationPrincipal StaffUser user) {
        Problem problem = e.problem();
        String message = switch (problem.status()) {
            case 403 -> "Your role may not do this: " + problem.message();
            case 404 -> "Not found: " + problem.message();
            default -> problem.message();
        };
        ModelAndView view = banner(request, user, message);
        view.setStatus(HttpStatus.valueOf(problem.status()));
        return view;
    }

    private static ModelAndView banner(HttpServletRequest request, StaffUser user, String message) {
        boolean htmx = request.getHeader("HX-Request") != null;
        ModelAndView view = new ModelAndView(htmx ? "fragments :: banner" : "problem", LayoutAdvice.of(user, request));
        view.addObject("banner", message);
        return view;
    }
}
