package com.clinicchain.staffweb.patientdata;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.stream.Collectors;

import com.clinicchain.staffweb.security.StaffClaims;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One entry of a patient's access log as the patient service answers it: who (a user, or a partner client), with which
 * roles, did what, allowed or denied, when.
 *
 * @param actorRoles the token's realm roles, comma-separated as the service stored them
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccessLogLine(long id, String actorUsername, String actorRoles, String clientId, boolean partner,
                            String action, String outcome, Instant at, String correlationId) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    public String when() {
        return at == null ? "" : UTC.format(at);
    }

    public String who() {
        if (partner || actorUsername == null) {
            return clientId != null ? "partner " + clientId : "—";
        }
        return actorUsername;
    }

    /** The platform's roles only: Keycloak's own (default-roles-…, offline_access) say nothing to an auditor. */
    public String rolesInWords() {
        if (actorRoles == null) {
            return "";
        }
        return Arrays.stream(actorRoles.split(",")).map(String::strip).filter(StaffClaims.PLATFORM_ROLES::contains)
                .sorted().collect(Collectors.joining(", "));
    }
}
