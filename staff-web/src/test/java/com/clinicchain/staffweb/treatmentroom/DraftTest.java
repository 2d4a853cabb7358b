package com.clinicchain.staffweb.treatmentroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.staffweb.gateway.Problem;

class DraftTest {

    private static final UUID VIAL = UUID.fromString("00000000-0000-4000-8000-000000000311");

    @Test
    void theChartBecomesTheTreatmentServicesCompletionWithPointsWhereCharted() {
        Draft draft = Draft.EMPTY.with(new Draft.Charted("GLABELLAR_LINES", 12, 3, VIAL))
                .with(new Draft.Charted("GLABELLAR_LINES", 8, 2, VIAL))
                .with(new Draft.Charted("FOREHEAD_LINES", 10, 4, VIAL)).without(2)
                .with(new Draft.Charted("LATERAL_CANTHAL_LINES", 12, null, VIAL))
                .overriding(Map.of("INTERACTION", "  aminoglycoside course ended, reviewed with GP  "));

        assertThat(draft.unitsPerArea()).containsExactly(Map.entry("GLABELLAR_LINES", 20),
                Map.entry("LATERAL_CANTHAL_LINES", 12));
        assertThat(draft.completion()).isEqualTo(Map.of(
                "injections", List.of(Map.of("area", "GLABELLAR_LINES", "units", 12, "vialId", VIAL, "points", 3),
                        Map.of("area", "GLABELLAR_LINES", "units", 8, "vialId", VIAL, "points", 2),
                        Map.of("area", "LATERAL_CANTHAL_LINES", "units", 12, "vialId", VIAL)),
                "overrides", List.of(Map.of("rule", "INTERACTION", "reason", "aminoglycoside course ended, reviewed with GP"))));
    }

    @Test
    void aBlankReasonWithdrawsTheOverride() {
        Draft draft = Draft.EMPTY.overriding(Map.of("INTERACTION", "reviewed")).overriding(Map.of("INTERACTION", " "));

        assertThat(draft.overrides()).isEmpty();
    }

    @Test
    void aRefusalIsListedRuleByRuleInWordsAndSaysWhichMayBeOverridden() {
        Problem refusal = new Problem(422, "not-eligible", "Session not allowed", "…", List.of(), Map.of("reasons",
                List.of(Map.of("rule", "CONTRAINDICATION", "message", "contraindicated: MYASTHENIA_GRAVIS"),
                        Map.of("rule", "INTERACTION", "message", "AMINOGLYCOSIDES need a practitioner's override"))));

        assertThat(TreatmentRoomController.reasons(refusal)).containsExactly(
                new TreatmentRoomController.Reason("CONTRAINDICATION", "Contraindication",
                        "Contraindicated: myasthenia gravis", false),
                new TreatmentRoomController.Reason("INTERACTION", "Medication interaction: needs your override",
                        "Aminoglycosides need a practitioner's override", true));
        assertThat(RoomWords.sentence("FOREHEAD_LINES planned without GLABELLAR_LINES: the label"))
                .isEqualTo("Forehead lines planned without glabellar lines: the label");
        // the service names its rule first; under the rule's title that would be said twice
        assertThat(RoomWords.reason("CONTRAINDICATION", "contraindication PREGNANCY")).isEqualTo("Pregnancy");
        assertThat(RoomWords.reason("INTERACTION", "WARFARIN needs an override")).isEqualTo("Warfarin needs an override");
    }
}
