package com.clinicchain.patient.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ConsentRecordersTest {

    @Test
    void theFrontDeskRecordsOnlyThePaperworkConsents() {
        Set<String> reception = Set.of("receptionist");
        assertThat(ConsentRecorders.mayRecord(reception, ConsentType.PARTNER_DATA_SHARING)).isTrue();
        assertThat(ConsentRecorders.mayRecord(reception, ConsentType.MARKETING)).isTrue();
        assertThat(ConsentRecorders.mayRecord(reception, ConsentType.TREATMENT_BOTULINUM_TOXIN)).isFalse();
        assertThat(ConsentRecorders.mayRecord(reception, ConsentType.PHOTOGRAPHY)).isFalse();
    }

    @Test
    void practitionersAndAdminsRecordEveryTypeAndManagersNone() {
        for (ConsentType type : ConsentType.values()) {
            assertThat(ConsentRecorders.mayRecord(Set.of("practitioner"), type)).isTrue();
            assertThat(ConsentRecorders.mayRecord(Set.of("admin"), type)).isTrue();
            assertThat(ConsentRecorders.mayRecord(Set.of("receptionist", "practitioner"), type)).isTrue();
            assertThat(ConsentRecorders.mayRecord(Set.of("manager"), type)).isFalse();
        }
    }
}
