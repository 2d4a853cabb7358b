package com.clinicchain.staffweb.security;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Where a request waits while its person signs in again, and, for a form they sent after their session had ended, what
 * they had typed: a tired receptionist who types a whole record after the session ran out signs in and finds the form
 * as it was, to check and send again. Sent again rather than replayed: nothing is done on their behalf unseen.
 *
 * <p>Spring Security asks this cache in every sign-in path: the web session ended (its CSRF token went with it, see
 * {@link SecurityConfiguration}), the Keycloak session ended under a live web session (the gateway's 401, a refused
 * token refresh), or a page asked for without a session. The values stay in the server's session only, never in the
 * browser's storage, and are dropped at the first page shown after signing in.
 */
@Component
public class KeptForms implements RequestCache {

    private static final String KEPT = KeptForms.class.getName();
    private static final String WAITING = KeptForms.class.getName() + ".WAITING";

    private final HttpSessionRequestCache waiting = new HttpSessionRequestCache();
    private final KeycloakSessions sessions;
    private final JsonMapper json;

    KeptForms(KeycloakSessions sessions, JsonMapper json) {
        this.sessions = sessions;
        this.json = json;
        waiting.setSessionAttrName(WAITING);
    }

    @Override
    public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
        Optional<KeptForm> form = KeptForm.of(typist(request), post(request));
        if (form.isEmpty()) {
            waiting.saveRequest(request, response);
            return;
        }
        HttpSession session = request.getSession();
        session.setAttribute(KEPT, form.get());
        // back to the page the form was on, not to the form's target: a post cannot be followed by a redirect
        session.setAttribute(WAITING, new SimpleSavedRequest(form.get().page()));
    }

    @Override
    public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
        return waiting.getRequest(request, response);
    }

    @Override
    public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
        return waiting.getMatchingRequest(request, response);
    }

    @Override
    public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
        waiting.removeRequest(request, response);
    }

    /**
     * For the first page shown to a signed-in person after a form was kept: the form as JSON ({@code action},
     * {@code fields}) if this is its page and they typed it, for the page's script to put back. Dropped either way.
     */
    public Optional<String> takeFor(HttpServletRequest request, StaffUser user) {
        HttpSession session = request.getSession(false);
        if (session == null || user == null || !"GET".equals(request.getMethod())
                || request.getHeader("HX-Request") != null
                || !(session.getAttribute(KEPT) instanceof KeptForm form)) {
            return Optional.empty();
        }
        session.removeAttribute(KEPT);
        session.removeAttribute(WAITING);
        if (!form.belongsOn(pageOf(request), user.getSubject())) {
            return Optional.empty();
        }
        return Optional.of(json.writeValueAsString(Map.of("action", form.action(), "fields", form.fields())));
    }

    /** Who sent the form: the person still signed in here, or the one whose web session the request still names. */
    private String typist(HttpServletRequest request) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof OidcUser person) {
            return person.getSubject();
        }
        return sessions.subjectOfEnded(request.getRequestedSessionId());
    }

    private static KeptForm.Post post(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        String ownOrigin = request.getScheme() + "://" + request.getHeader("Host");
        return new KeptForm.Post(request.getMethod(), request.getContentType(), request.getHeader("Sec-Fetch-Site"),
                request.getHeader("Origin"), ownOrigin,
                referer == null ? null : SecurityConfiguration.samePagePath(referer), pageOf(request),
                request.getParameterMap());
    }

    private static String pageOf(HttpServletRequest request) {
        return request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    }
}
