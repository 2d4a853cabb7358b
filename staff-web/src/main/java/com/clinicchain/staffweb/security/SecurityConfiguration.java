package com.clinicchain.staffweb.security;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import com.clinicchain.staffweb.StaffWebProperties;
import com.clinicchain.staffweb.layout.Navigation;

/**
 * The browser's back end (OAuth 2.0 for Browser-Based Applications, "BFF"): the user signs in on Keycloak's page
 * (authorization code with PKCE, this server a confidential client), the tokens stay in the server's session, and
 * the browser holds only the HttpOnly session cookie.
 */
@Configuration
class SecurityConfiguration {

    static final String REGISTRATION_ID = "keycloak";

    /** Refresh the access token this long before it expires, so that no call to the gateway goes with a dying one. */
    private static final Duration REFRESH_AHEAD = Duration.ofSeconds(60);

    @Bean
    ClientRegistrationRepository clientRegistrations(StaffWebProperties properties) {
        String browserFacing = properties.issuerUri() + "/protocol/openid-connect";
        String serverFacing = properties.keycloakUri() + "/protocol/openid-connect";
        // Written out rather than discovered, so that the application starts without Keycloak and can reach Keycloak
        // at another address than the browser does (a container network).
        ClientRegistration keycloak = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("Keycloak")
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .authorizationUri(browserFacing + "/auth")
                .tokenUri(serverFacing + "/token")
                .jwkSetUri(serverFacing + "/certs")
                .issuerUri(properties.issuerUri())
                .userNameAttributeName("preferred_username")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", browserFacing + "/logout"))
                .build();
        return new InMemoryClientRegistrationRepository(keycloak);
    }

    /** The tokens live in the user's server-side session and end with it. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
                                                          OAuth2AuthorizedClientRepository authorizedClients) {
        var manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken(refresh -> refresh.clockSkew(REFRESH_AHEAD))
                .build());
        return manager;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, StaffWebProperties properties,
                                            ClientRegistrationRepository registrations,
                                            KeycloakSessions keycloakSessions, KeptForms keptForms)
            throws Exception {
        var accessTokens = NimbusJwtDecoder.withJwkSetUri(properties.keycloakUri() + "/protocol/openid-connect/certs")
                .jwsAlgorithm(SignatureAlgorithm.RS256).build();
        accessTokens.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.issuerUri()));

        var rpInitiatedLogout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        rpInitiatedLogout.setPostLogoutRedirectUri("{baseUrl}/signed-out");

        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/signed-out", "/error",
                    "/actuator/health/**").permitAll();
            // the treatment room is on no menu: it opens from a session of the schedule
            requests.requestMatchers("/room/**").hasAnyRole(StaffClaims.CLINICAL_ROLES.toArray(String[]::new));
            for (Navigation.Section section : Navigation.SECTIONS) {
                requests.requestMatchers(section.path(), section.path() + "/**")
                        .hasAnyRole(section.roles().toArray(String[]::new));
            }
            requests.anyRequest().authenticated();
        });
        http.oauth2Login(login -> login
                .loginPage("/oauth2/authorization/" + REGISTRATION_ID)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new StaffUserService(accessTokens))));
        http.oauth2Client(Customizer.withDefaults());
        // An htmx request of an expired session cannot follow a redirect to Keycloak: it makes the page navigate
        // (to the same page, which then signs in). Everything else goes to Keycloak's login page.
        AuthenticationEntryPoint htmx = (request, response, e) -> {
            response.setStatus(401);
            response.setHeader("HX-Redirect", samePagePath(request.getHeader("HX-Current-URL")));
        };
        // A live page's stream (EventSource) cannot sign in either: it is refused, and the page's script then asks
        // for the page's fragment the htmx way.
        AuthenticationEntryPoint stream = (request, response, e) -> response.setStatus(401);
        var signIn = new DelegatingAuthenticationEntryPoint(
                new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/" + REGISTRATION_ID),
                new RequestMatcherEntry<>(new RequestHeaderRequestMatcher("HX-Request"), htmx),
                new RequestMatcherEntry<>(new RequestHeaderRequestMatcher("Accept", "text/event-stream"), stream));
        http.requestCache(cache -> cache.requestCache(keptForms));
        var refused = new AccessDeniedHandlerImpl();
        http.exceptionHandling(errors -> errors.authenticationEntryPoint(signIn)
                .accessDeniedHandler((request, response, denied) -> {
                    if (!(denied instanceof CsrfException) || signedIn()) {
                        refused.handle(request, response, denied);
                    } else if (request.getServletPath().equals("/logout")) {
                        // signing out of an ended web session: Keycloak's own session may live on, so it goes to
                        // Keycloak's logout too, which asks to confirm (there is no ID token to name the session by)
                        response.sendRedirect(UriComponentsBuilder.fromUriString(properties.issuerUri())
                                .path("/protocol/openid-connect/logout")
                                .queryParam("client_id", properties.clientId())
                                .queryParam("post_logout_redirect_uri", ServletUriComponentsBuilder
                                        .fromContextPath(request).path("/signed-out").toUriString())
                                .encode().toUriString());
                    } else {
                        // A form sent after the web session ended, and its CSRF token with it: not a forgery to
                        // refuse but a person to sign in again, with what they typed kept for them.
                        keptForms.saveRequest(request, response);
                        signIn.commence(request, response,
                                new InsufficientAuthenticationException("the web session has ended", denied));
                    }
                }));
        http.logout(logout -> logout.logoutSuccessHandler(rpInitiatedLogout));
        // Keycloak tells this server when a session ends there (an admin disables the user or signs them out)
        http.oidcLogout(oidc -> oidc.oidcSessionRegistry(keycloakSessions)
                .backChannel(backChannel -> backChannel.logoutHandler((request, response, authentication) -> {
                    if (authentication != null && authentication.getPrincipal() instanceof OidcLogoutToken logout) {
                        keycloakSessions.end(logout);
                    }
                })));
        // before the anonymous user stands in: a web session ended here is treated as never signed in
        http.addFilterBefore((request, response, chain) -> {
            if (!keycloakSessions.stillSignedIn((HttpServletRequest) request, (HttpServletResponse) response)) {
                SecurityContextHolder.clearContext();
            }
            chain.doFilter(request, response);
        }, AnonymousAuthenticationFilter.class);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(properties.issuerUri())))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** The path of the page the browser shows, never another site: {@code HX-Current-URL} comes from the browser. */
    static String samePagePath(String currentUrl) {
        if (currentUrl == null) {
            return "/";
        }
        try {
            URI page = URI.create(currentUrl);
            String path = page.getRawPath() == null || page.getRawPath().isEmpty() ? "/" : page.getRawPath();
            return path.startsWith("/") && !path.startsWith("//")
                    ? path + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery()) : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    /**
     * Scripts and styles only from this server and never inline. Forms may go to Keycloak as well: signing out is a
     * form post that the browser follows to Keycloak's logout page.
     */
    static String contentSecurityPolicy(String issuerUri) {
        URI issuer = URI.create(issuerUri);
        String keycloak = issuer.getScheme() + "://" + issuer.getAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
                + "form-action 'self' " + keycloak;
    }
}
