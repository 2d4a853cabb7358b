package com.clinicchain.staffweb.patientdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AccessLogLineTest {

    @Test
    void anEntrySaysWhoWithThePlatformsRolesAndWhenInUtc() {
        AccessLogLine line = new AccessLogLine(1, "rita.reception",
                "default-roles-clinics,offline_access,receptionist,uma_authorization", null, false, "READ", "ALLOWED",
                Instant.parse("2026-12-08T00:17:07.123Z"), "c");

        assertThat(line.who()).isEqualTo("rita.reception");
        assertThat(line.rolesInWords()).isEqualTo("receptionist");
        assertThat(line.when()).isEqualTo("2026-12-08 00:17:07");
    }

    @Test
    void aPartnerIsNamedByItsClient() {
        AccessLogLine line = new AccessLogLine(2, "service-account-partner-demo", null, "partner-demo", true, "READ",
                "DENIED", null, null);

        assertThat(line.who()).isEqualTo("partner partner-demo");
        assertThat(line.rolesInWords()).isEmpty();
        assertThat(line.when()).isEmpty();
    }
}
