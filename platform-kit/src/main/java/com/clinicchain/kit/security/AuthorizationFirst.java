package com.clinicchain.kit.security;

import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;

/**
 * Who may call an operation is answered before what they sent: Spring reads and validates a request's body and
 * parameters before the method's {@code @PreAuthorize} runs, so a role that may not complete a session would learn a
 * chart's rules from the 400 first. When reading the request failed, this asks the operation's rule on its own.
 */
public final class AuthorizationFirst {

    private final PreAuthorizeAuthorizationManager preAuthorize = new PreAuthorizeAuthorizationManager();

    /**
     * True when the caller may not call the operation whatever its input. A rule that needs the arguments (which
     * could not be read) refuses nothing here; it is asked again with them when the input is valid.
     */
    public boolean refuses(HandlerMethod operation) {
        Supplier<Authentication> caller = () -> SecurityContextHolder.getContext().getAuthentication();
        try {
            AuthorizationResult result = preAuthorize.authorize(caller, new SimpleMethodInvocation(operation.getBean(),
                    operation.getMethod(), new Object[operation.getMethodParameters().length]));
            return result != null && !result.isGranted();
        } catch (RuntimeException needsTheArguments) {
            return false;
        }
    }
}
