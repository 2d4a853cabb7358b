package com.clinicchain.staffweb.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StaffClaimsTest {

    @Test
    void readsThePlatformRolesAndTheClinicsOfAKeycloakAccessToken() {
        StaffClaims claims = StaffClaims.of(Map.of("sub", "0b1c", "preferred_username", "rita.reception",
                "chain_id", "demo-chain", "clinic_ids", List.of("clinic-south", "clinic-north"),
                "realm_access", Map.of("roles", List.of("default-roles-clinics", "offline_access", "receptionist"))));

        assertThat(claims.username()).isEqualTo("rita.reception");
        assertThat(claims.chainId()).isEqualTo("demo-chain");
        assertThat(claims.roles()).containsExactly("receptionist");
        assertThat(claims.clinicIds()).containsExactly("clinic-north", "clinic-south");
    }

    @Test
    void aSingleClinicIsAListOfOne() {
        StaffClaims claims = StaffClaims.of(Map.of("sub", "x", "clinic_ids", "clinic-north",
                "realm_access", Map.of("roles", List.of("practitioner"))));

        assertThat(claims.clinicIds()).containsExactly("clinic-north");
        assertThat(claims.username()).isEqualTo("x");
    }

    @Test
    void aTokenWithoutRealmRolesHasNoRole() {
        StaffClaims claims = StaffClaims.of(Map.of("sub", "x", "preferred_username", "someone"));

        assertThat(claims.roles()).isEqualTo(Set.of());
        assertThat(claims.clinicIds()).isEmpty();
    }

    @Test
    void practitionersAndAdminsAreTheClinicalRoles() {
        assertThat(withRoles("practitioner").clinical()).isTrue();
        assertThat(withRoles("admin").clinical()).isTrue();
        assertThat(withRoles("receptionist", "manager").clinical()).isFalse();
    }

    private static StaffClaims withRoles(String... roles) {
        return StaffClaims.of(Map.of("sub", "x", "realm_access", Map.of("roles", List.of(roles))));
    }
}
