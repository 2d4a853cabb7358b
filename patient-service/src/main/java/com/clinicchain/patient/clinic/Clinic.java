package com.clinicchain.patient.clinic;

import java.util.Optional;

import com.clinicchain.contracts.registry.ClinicChanged;
import com.clinicchain.kit.inbox.PoisonEventException;

/**
 * A clinic of the chain as the patient service keeps it from the registry's {@link ClinicChanged} events: whether it
 * exists and is open. Each event carries the whole state and a revision, and events may come twice or late: only a
 * newer revision replaces what is kept. Plain Java, unit-tested.
 */
public record Clinic(String chainId, String clinicId, boolean active, long revision) {

    /** A copy without a chain or a clinic id could never be found: it goes to the dead-letter topic. */
    static Clinic of(String chainId, ClinicChanged event) {
        if (chainId == null || chainId.isBlank() || event.clinicId() == null || event.clinicId().isBlank()) {
            throw new PoisonEventException("ClinicChanged without chain or clinic id", null);
        }
        return new Clinic(chainId, event.clinicId(), event.active(), event.revision());
    }

    /** What to keep after the event: the event's state if it is newer than what is kept, otherwise nothing to do. */
    static Optional<Clinic> apply(Optional<Clinic> kept, String chainId, ClinicChanged event) {
        if (kept.isPresent() && kept.get().revision() >= event.revision()) {
            return Optional.empty();
        }
        return Optional.of(of(chainId, event));
    }
}
