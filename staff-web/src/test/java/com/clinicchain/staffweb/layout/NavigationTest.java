package com.clinicchain.staffweb.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class NavigationTest {

    private static Object labels(Set<String> roles) {
        return Navigation.forRoles(roles).stream().map(Navigation.Section::label).toList();
    }

    @Test
    void eachRoleSeesItsSections() {
        assertThat(labels(Set.of("receptionist"))).asList().containsExactly("Patients", "Schedule");
        assertThat(labels(Set.of("practitioner"))).asList().containsExactly("Patients", "Schedule", "Follow-ups");
        assertThat(labels(Set.of("manager"))).asList()
                .containsExactly("Patients", "Schedule", "Follow-ups", "Stock", "Cold chain", "Reports");
        assertThat(labels(Set.of("admin"))).asList()
                .containsExactly("Patients", "Schedule", "Follow-ups", "Stock", "Cold chain", "Reports", "Admin");
    }

    @Test
    void aPathIsInTheSectionOfItsLongestPrefix() {
        assertThat(Navigation.sectionOf("/stock/cold-chain/live")).isEqualTo("/stock/cold-chain");
        assertThat(Navigation.sectionOf("/stock/cold-chain")).isEqualTo("/stock/cold-chain");
        assertThat(Navigation.sectionOf("/stock/deliveries")).isEqualTo("/stock");
        assertThat(Navigation.sectionOf("/stock/reports/waste.csv")).isEqualTo("/stock/reports");
        assertThat(Navigation.sectionOf("/stockroom")).isNull();
        assertThat(Navigation.sectionOf("/")).isNull();
    }

    @Test
    void someoneWithoutAPlatformRoleSeesNothing() {
        assertThat(Navigation.forRoles(Set.of("offline_access"))).isEmpty();
    }
}
