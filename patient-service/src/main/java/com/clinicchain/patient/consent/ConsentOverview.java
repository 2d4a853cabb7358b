package com.clinicchain.patient.consent;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code GET /api/patients/{id}/consents}: where each of the four types stands now, and every grant ever recorded
 * (newest first) with its withdrawal, since the history is the legal record.
 */
public record ConsentOverview(Instant at, List<Current> current, List<ConsentResponse> history) {

    /** {@code grant} is null only for {@code NEVER_GIVEN}. */
    @Schema(name = "CurrentConsent")
    public record Current(ConsentType type, ConsentStatus status, ConsentResponse grant) {
    }

    static ConsentOverview of(List<Consent> history, Instant at) {
        List<Current> current = ConsentState.of(history, at).stream()
                .map(state -> new Current(state.type(), state.status(),
                        state.grant() == null ? null : ConsentResponse.of(state.grant(), at)))
                .toList();
        return new ConsentOverview(at, current, history.stream().map(c -> ConsentResponse.of(c, at)).toList());
    }
}
