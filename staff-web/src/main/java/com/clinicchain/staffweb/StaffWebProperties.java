package com.clinicchain.staffweb;

import java.time.Period;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the application finds Keycloak and the gateway.
 *
 * @param issuerUri   the realm as browsers reach it; tokens carry it as their issuer
 * @param keycloakUri the realm as this server reaches it (token, keys, user info, back-channel): differs from the
 *                    issuer only inside a container network
 * @param gatewayUrl  the platform's API; the only back end this application calls
 * @param screeningMaxAge how old a screening may be before a session needs a new one: the same as the treatment
 *                        service's {@code clinic.screening.max-age}
 * @param defaultTimeZone the zone of a clinic the registry does not know: the same {@code CLINIC_DEFAULT_TIME_ZONE}
 *                        the treatment service falls back to, so that days and times agree with it
 */
@ConfigurationProperties("staff-web")
public record StaffWebProperties(String issuerUri, String keycloakUri, String clientId, String clientSecret,
                                 String gatewayUrl, Period screeningMaxAge, ZoneId defaultTimeZone) {
}
