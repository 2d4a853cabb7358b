package com.clinicchain.staffweb.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

/**
 * Ends the web sessions of a Keycloak session when Keycloak says it ended (back-channel logout).
 *
 * <p>Spring's own handler keeps a second index from Keycloak session to web session id and then signs each one out
 * with an HTTP call to this server's {@code /logout}, carrying the session cookie and the CSRF token remembered at
 * sign-in: two copies that must stay in step with the session, and a sign-out that fails quietly when they do not.
 * Here the live sessions themselves are asked whose they are (the ID token in each session's security context, which
 * token refreshes keep current) and are invalidated in place. A clinic has tens of signed-in staff, not millions:
 * looking through them is cheap.
 *
 * <p>When an admin signs a user out of every session, Keycloak (26.5) sends one logout token naming only the first of
 * the user's sessions it comes to (keycloak/keycloak#22914), while it is still removing the others. So a logout token
 * also marks the user's other web sessions here, and the next request of each asks Keycloak whether its session still
 * lives (by refreshing its tokens) before anything is shown; the ones Keycloak refuses end there.
 */
@Component
public class KeycloakSessions implements HttpSessionListener, OidcSessionRegistry {

    private static final Logger log = LoggerFactory.getLogger(KeycloakSessions.class);

    private static final String CHECK_WITH_KEYCLOAK = KeycloakSessions.class.getName() + ".CHECK";

    /** Sessions ended lately, by id, and whose they were: enough for a day's sessions of a large clinic chain. */
    private static final int ENDED_REMEMBERED = 10_000;

    private final Set<HttpSession> live = ConcurrentHashMap.newKeySet();
    private final Map<String, String> endedSubjects = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > ENDED_REMEMBERED;
                }
            });
    private final ClientRegistrationRepository registrations;
    private final OAuth2AuthorizedClientRepository authorizedClients;
    private final RestClientRefreshTokenTokenResponseClient refreshes = new RestClientRefreshTokenTokenResponseClient();

    KeycloakSessions(ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients) {
        this.registrations = registrations;
        this.authorizedClients = authorizedClients;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        live.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        live.remove(event.getSession());
        Authentication signedIn = authenticationOf(event.getSession());
        if (signedIn != null) {
            endedSubjects.put(event.getSession().getId(), ((OidcUser) signedIn.getPrincipal()).getSubject());
        }
    }

    /**
     * Whose a web session was that has ended (timed out, signed out, ended by Keycloak), while it is among the last
     * ones remembered; null for a session never signed in, still live or unknown. A request naming an ended session
     * comes from that person's browser: what they sent can wait for them to sign in again (see {@link KeptForms}).
     */
    String subjectOfEnded(String sessionId) {
        return sessionId == null ? null : endedSubjects.get(sessionId);
    }

    /**
     * Invalidates every live web session signed in with the Keycloak session (or user) the logout token names, and
     * marks the user's other web sessions to be checked with Keycloak on their next request.
     */
    void end(OidcLogoutToken logout) {
        int ended = 0;
        int toCheck = 0;
        for (HttpSession session : List.copyOf(live)) {
            Authentication signedIn = authenticationOf(session);
            if (signedIn == null) {
                continue;
            }
            OidcIdToken idToken = ((OidcUser) signedIn.getPrincipal()).getIdToken();
            if (endedBy(idToken, logout)) {
                ended += invalidate(session);
            } else if (sameUser(idToken, logout)) {
                try {
                    session.setAttribute(CHECK_WITH_KEYCLOAK, Boolean.TRUE);
                    toCheck++;
                } catch (IllegalStateException invalidated) {
                    // it ended on its own meanwhile
                }
            }
        }
        log.info("Keycloak ended a session: {} web session(s) signed out, {} of the same user to check", ended,
                toCheck);
    }

    /**
     * False when this request's web session was marked by a logout token and Keycloak no longer knows its session:
     * then the web session has just been invalidated.
     */
    boolean stillSignedIn(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(CHECK_WITH_KEYCLOAK) == null) {
            return true;
        }
        session.removeAttribute(CHECK_WITH_KEYCLOAK);
        Authentication signedIn = authenticationOf(session);
        if (signedIn == null || keycloakStillKnows(signedIn, request, response)) {
            return true;
        }
        invalidate(session);
        return false;
    }

    /**
     * The logout token's session id names one Keycloak session; without one it means every session of the user
     * (OpenID Connect Back-Channel Logout 1.0, section 2.4). Either way only from the same issuer and for this client.
     */
    static boolean endedBy(OidcIdToken signedInWith, OidcLogoutToken logout) {
        if (!sameUser(signedInWith, logout)) {
            return false;
        }
        String sessionId = logout.getSessionId();
        return sessionId == null || sessionId.equals(signedInWith.getClaimAsString("sid"));
    }

    static boolean sameUser(OidcIdToken signedInWith, OidcLogoutToken logout) {
        return Objects.equals(String.valueOf(signedInWith.getIssuer()), String.valueOf(logout.getIssuer()))
                && signedInWith.getAudience() != null
                && !Collections.disjoint(signedInWith.getAudience(), logout.getAudience())
                && Objects.equals(signedInWith.getSubject(), logout.getSubject());
    }

    /**
     * A refresh answered with new tokens means the Keycloak session lives (the new tokens are kept, as a refresh on
     * the user's own request would); a refusal means it ended. When Keycloak cannot be asked, the session stays: an
     * outage signs nobody out.
     */
    private boolean keycloakStillKnows(Authentication signedIn, HttpServletRequest request,
                                       HttpServletResponse response) {
        OAuth2AuthorizedClient client = authorizedClients.loadAuthorizedClient(SecurityConfiguration.REGISTRATION_ID,
                signedIn, request);
        if (client == null || client.getRefreshToken() == null) {
            return true;
        }
        ClientRegistration registration = registrations.findByRegistrationId(SecurityConfiguration.REGISTRATION_ID);
        try {
            OAuth2AccessTokenResponse fresh = refreshes.getTokenResponse(new OAuth2RefreshTokenGrantRequest(
                    registration, client.getAccessToken(), client.getRefreshToken()));
            OAuth2RefreshToken refreshToken = fresh.getRefreshToken() != null ? fresh.getRefreshToken()
                    : client.getRefreshToken();
            authorizedClients.saveAuthorizedClient(new OAuth2AuthorizedClient(registration, client.getPrincipalName(),
                    fresh.getAccessToken(), refreshToken), signedIn, request, response);
            return true;
        } catch (OAuth2AuthorizationException refused) {
            return !OAuth2ErrorCodes.INVALID_GRANT.equals(refused.getError().getErrorCode());
        } catch (RestClientException unreachable) {
            log.warn("Could not ask Keycloak whether a session still lives: {}", unreachable.getMessage());
            return true;
        }
    }

    private int invalidate(HttpSession session) {
        live.remove(session);
        try {
            session.invalidate();
            return 1;
        } catch (IllegalStateException alreadyInvalidated) {
            return 0;
        }
    }

    private static Authentication authenticationOf(HttpSession session) {
        try {
            Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            return context instanceof SecurityContext security && security.getAuthentication() != null
                    && security.getAuthentication().getPrincipal() instanceof OidcUser
                    ? security.getAuthentication() : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    // Spring Security's sign-in reports each new session here; the live sessions are the index, so nothing is kept.

    @Override
    public void saveSessionInformation(OidcSessionInformation info) {
    }

    @Override
    public OidcSessionInformation removeSessionInformation(String clientSessionId) {
        return null;
    }

    @Override
    public Iterable<OidcSessionInformation> removeSessionInformation(OidcLogoutToken token) {
        return List.of();
    }
}
