package com.clinicchain.staffweb;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the application finds Keycloak and the gateway.
 *
 * @param issuerUri   the realm as browsers reach it; tokens carry it as their issuer
 * @param keycloakUri the realm as this server reaches it (token, keys, user info, back-channel): differs from the
 *                    issuer only inside a container network
 * @param gatewayUrl  the platform's API; the only back end this application calls
 */
@ConfigurationProperties("staff-web")
public record StaffWebProperties(String issuerUri, String keycloakUri, String clientId, String clientSecret,
                                 String gatewayUrl) {
}
