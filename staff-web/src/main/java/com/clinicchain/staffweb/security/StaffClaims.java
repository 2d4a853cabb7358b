package com.clinicchain.staffweb.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who the signed-in person is to the platform, read from the claims of their access token: Keycloak puts realm roles
 * ({@code realm_access.roles}) into the access token only, never into the ID token, so that is where they are read.
 *
 * @param roles     the platform's roles among the realm roles (receptionist, practitioner, manager, admin)
 * @param clinicIds the clinics the person works at, sorted
 */
public record StaffClaims(String username, String chainId, Set<String> roles, List<String> clinicIds) {

    public static final Set<String> PLATFORM_ROLES = Set.of("receptionist", "practitioner", "manager", "admin");

    /** Those who treat and chart (nurses and doctors are practitioners), and admins: the treatment room's people. */
    public static final Set<String> CLINICAL_ROLES = Set.of("practitioner", "admin");

    public StaffClaims {
        roles = Set.copyOf(roles);
        clinicIds = List.copyOf(clinicIds);
    }

    public static StaffClaims of(Map<String, Object> accessTokenClaims) {
        Set<String> roles = new TreeSet<>();
        if (accessTokenClaims.get("realm_access") instanceof Map<?, ?> realmAccess) {
            strings(realmAccess.get("roles")).stream().filter(PLATFORM_ROLES::contains).forEach(roles::add);
        }
        String username = accessTokenClaims.get("preferred_username") instanceof String name ? name
                : String.valueOf(accessTokenClaims.get("sub"));
        String chainId = accessTokenClaims.get("chain_id") instanceof String chain ? chain : null;
        return new StaffClaims(username, chainId, roles, List.copyOf(new TreeSet<>(strings(
                accessTokenClaims.get("clinic_ids")))));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean clinical() {
        return roles.stream().anyMatch(CLINICAL_ROLES::contains);
    }

    private static List<String> strings(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim instanceof String value ? List.of(value) : List.of();
    }
}
