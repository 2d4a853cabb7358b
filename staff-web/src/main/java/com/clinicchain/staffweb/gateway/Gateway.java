package com.clinicchain.staffweb.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import com.clinicchain.staffweb.StaffWebProperties;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way to the platform: every call goes to the gateway with the signed-in person's access token (refreshed
 * before it expires), never to a service directly and never with a token of this application's own.
 */
@Component
public class Gateway {

    private static final String REGISTRATION_ID = "keycloak";
    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };

    /**
     * A signed-in person's access token taken away from their request, for work that outlives it (a live page's
     * poll): good until {@code expiresAt}, never refreshed, never printed.
     */
    public record Bearer(String token, Instant expiresAt) {

        @Override
        public String toString() {
            return "Bearer[expiresAt=" + expiresAt + "]";
        }
    }

    private final RestClient rest;
    private final RestClient captured;
    private final OAuth2AuthorizedClientManager manager;
    private final JsonMapper json;

    Gateway(RestClient.Builder builder, StaffWebProperties properties, OAuth2AuthorizedClientManager manager,
            OAuth2AuthorizedClientRepository authorizedClients, JsonMapper json) {
        this.json = json;
        this.manager = manager;
        // a poll off the request thread: its token is set per call, and a slow gateway must not hold up the others
        var pollRequests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2)).build());
        pollRequests.setReadTimeout(Duration.ofSeconds(3));
        this.captured = builder.clone().baseUrl(properties.gatewayUrl()).requestFactory(pollRequests)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw failure(response.getStatusCode().value(), response.getBody());
                })
                .build();
        var bearer = new OAuth2ClientHttpRequestInterceptor(manager);
        bearer.setClientRegistrationIdResolver(request -> REGISTRATION_ID);
        // a 401 or 403 answer with an invalid token forgets the tokens, so that the next page signs in again
        bearer.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(
                authorizedClients));
        var requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.rest = builder.baseUrl(properties.gatewayUrl()).requestFactory(requests).requestInterceptor(bearer)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw failure(response.getStatusCode().value(), response.getBody());
                })
                .build();
    }

    public <T> T get(String uri, Class<T> type, Object... variables) {
        return call(() -> rest.get().uri(uri, variables).retrieve().body(type));
    }

    /** Each value is encoded strictly (a space, "+", "&" arrive as typed). */
    public <T> T get(String uri, Class<T> type, Map<String, ?> variables) {
        return call(() -> rest.get().uri(uri, variables).retrieve().body(type));
    }

    public <T> ResponseEntity<T> getEntity(String uri, Class<T> type, Object... variables) {
        return call(() -> rest.get().uri(uri, variables).retrieve().toEntity(type));
    }

    public <T> T get(String uri, ParameterizedTypeReference<T> type, Object... variables) {
        return call(() -> rest.get().uri(uri, variables).retrieve().body(type));
    }

    public <T> ResponseEntity<T> post(String uri, Object body, Class<T> type, Consumer<HttpHeaders> headers,
                                      Object... variables) {
        return call(() -> rest.post().uri(uri, variables).headers(headers).body(body).retrieve().toEntity(type));
    }

    public <T> ResponseEntity<T> put(String uri, Object body, Class<T> type, Consumer<HttpHeaders> headers,
                                     Object... variables) {
        return call(() -> rest.put().uri(uri, variables).headers(headers).body(body).retrieve().toEntity(type));
    }

    /**
     * The signed-in person's access token now, refreshed first if it is about to expire; call it on their request.
     */
    public Bearer bearer() {
        Authentication person = SecurityContextHolder.getContext().getAuthentication();
        OAuth2AuthorizedClient client = call(() -> manager.authorize(OAuth2AuthorizeRequest
                .withClientRegistrationId(REGISTRATION_ID).principal(person).build()));
        if (client == null) {
            throw new ClientAuthorizationRequiredException(REGISTRATION_ID);
        }
        return new Bearer(client.getAccessToken().getTokenValue(), client.getAccessToken().getExpiresAt());
    }

    /** A read with a token taken earlier (see {@link #bearer()}), from any thread. */
    public <T> T get(Bearer bearer, String uri, ParameterizedTypeReference<T> type, Object... variables) {
        return call(() -> captured.get().uri(uri, variables).headers(headers -> headers.setBearerAuth(bearer.token()))
                .retrieve().body(type));
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ResourceAccessException e) {
            throw new GatewayUnavailable("the gateway cannot be reached", e);
        } catch (ClientAuthorizationException e) {
            if (e instanceof ClientAuthorizationRequiredException) {
                throw e;
            }
            // the refresh token was refused: the Keycloak session has ended (signed out elsewhere, user disabled);
            // Spring Security answers this exception by sending the browser to sign in again
            throw new ClientAuthorizationRequiredException(REGISTRATION_ID);
        }
    }

    private RuntimeException failure(int status, InputStream body) {
        Problem problem = Problem.of(status, read(body));
        if (status == 401) {
            // the token was refused (revoked, or the session ended in Keycloak): sign in again
            return new ClientAuthorizationRequiredException(REGISTRATION_ID);
        }
        if (status == 502 || status == 503 || status == 504) {
            return new GatewayUnavailable(problem.message(), null);
        }
        return new GatewayProblem(problem);
    }

    private Map<String, Object> read(InputStream body) {
        try {
            byte[] bytes = body.readAllBytes();
            return bytes.length == 0 ? null : json.readValue(bytes, json.constructType(JSON_OBJECT.getType()));
        } catch (IOException | JacksonException e) {
            return null;
        }
    }
}
