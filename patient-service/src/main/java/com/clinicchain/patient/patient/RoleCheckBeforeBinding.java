package com.clinicchain.patient.patient;

import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.clinicchain.kit.security.Caller;
import com.clinicchain.kit.security.ClinicJwtAuthenticationConverter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Spring reads and validates the body before the controller runs, so a receptionist sending a malformed screening
 * got a 400 and left no trace, though she may not record screenings at all. This refuses a role that an endpoint's
 * {@link PatientRecordAccess} does not allow before any of that, through {@link PatientAccess#deny}, which writes the
 * DENIED entry. The answer does not depend on the patient: no lookup is made, so it says nothing about whether the
 * id exists or belongs to another chain; the entry goes to the caller's chain, as every refusal does.
 */
@Component
class RoleCheckBeforeBinding implements HandlerInterceptor, WebMvcConfigurer {

    private final PatientAccess access;

    RoleCheckBeforeBinding(PatientAccess access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        PatientRecordAccess rule = handler instanceof HandlerMethod method
                ? method.getMethodAnnotation(PatientRecordAccess.class) : null;
        if (rule == null
                || !(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            return true;
        }
        Caller caller = ClinicJwtAuthenticationConverter.callerOf(token.getToken());
        if (caller.partner() && !rule.partnerScope().isEmpty() && caller.hasScope(rule.partnerScope())) {
            return true;
        }
        access.requireRole(caller, patientId(request), rule.action(), rule.allowed().roles());
        return true;
    }

    /** The id as the path names it; a malformed one is no patient (binding answers 400 for it if allowed). */
    private static UUID patientId(HttpServletRequest request) {
        if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)) {
            return null;
        }
        Object id = variables.containsKey("patientId") ? variables.get("patientId") : variables.get("id");
        try {
            return id == null ? null : UUID.fromString(id.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
