package com.clinicchain.staffweb.consents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ConsentFormsTest {

    @Test
    void eachRoleIsOfferedTheFormsItMayUse() {
        assertThat(ConsentForms.ORDER.stream().filter(t -> ConsentForms.mayRecord(Set.of("receptionist"), t)))
                .containsExactly("PARTNER_DATA_SHARING", "MARKETING");
        assertThat(ConsentForms.ORDER.stream().filter(t -> ConsentForms.mayRecord(Set.of("practitioner"), t)))
                .containsExactlyElementsOf(ConsentForms.ORDER);
        assertThat(ConsentForms.ORDER.stream().filter(t -> ConsentForms.mayRecord(Set.of("manager"), t))).isEmpty();
    }

    @Test
    void theHistoryIsPerTypeAndAnUnlistedTypeWasNeverGiven() {
        UUID photo = UUID.randomUUID();
        var withdrawn = new ConsentsView.Grant(photo, "PHOTOGRAPHY", 2, "IN_CLINIC",
                Instant.parse("2026-03-01T09:05:00Z"), "nina.nurse", null, Instant.parse("2026-04-01T10:00:00Z"),
                "nina.nurse", "changed her mind", false);
        var treatment = new ConsentsView.Grant(UUID.randomUUID(), "TREATMENT_BOTULINUM_TOXIN", 1, "REMOTE",
                Instant.parse("2026-03-01T09:00:00Z"), "nina.nurse", null, null, null, null, true);
        var view = new ConsentsView(List.of(new ConsentsView.Current("PHOTOGRAPHY", "WITHDRAWN", withdrawn)),
                List.of(withdrawn, treatment));

        assertThat(view.historyOf("PHOTOGRAPHY")).containsExactly(withdrawn);
        assertThat(view.currentOf("MARKETING").statusInWords()).isEqualTo("never given");
        assertThat(view.currentOf("PHOTOGRAPHY").typeInWords()).isEqualTo("Photography");
        assertThat(withdrawn.signedAtInZone(ZoneId.of("Europe/Oslo"))).isEqualTo("2026-03-01 10:05");
        assertThat(treatment.methodInWords()).isEqualTo("remotely");
    }

    @Test
    void recordingFromThePatientsPageGoesBackThere() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        assertThat(ConsentForms.back(id, "patient")).isEqualTo("/patients/" + id + "#consents-heading");
        assertThat(ConsentForms.back(id, "https://evil.example")).isEqualTo("/patients/" + id + "/consents");
    }
}
