package com.clinicchain.inventory.clinic;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

import com.clinicchain.contracts.registry.ClinicChanged;
import com.clinicchain.kit.inbox.PoisonEventException;

/**
 * A clinic of the chain as inventory keeps it from the registry's {@link ClinicChanged} events. Each event carries
 * the whole state and a revision, and events may come twice or late: only a newer revision replaces what is kept.
 * Plain Java, unit-tested.
 */
public record Clinic(String chainId, String clinicId, String name, String timeZone, boolean active, long revision) {

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** A copy without an id, a name or a real time zone could never be used: it goes to the dead-letter topic. */
    static Clinic of(String chainId, ClinicChanged event) {
        if (chainId == null || event.clinicId() == null || event.clinicId().isBlank() || event.name() == null
                || event.timeZone() == null) {
            throw new PoisonEventException("ClinicChanged without chain, clinic id, name or time zone", null);
        }
        try {
            ZoneId.of(event.timeZone());
        } catch (DateTimeException e) {
            throw new PoisonEventException("ClinicChanged for " + event.clinicId() + " with time zone "
                    + event.timeZone(), e);
        }
        return new Clinic(chainId, event.clinicId(), event.name(), event.timeZone(), event.active(), event.revision());
    }

    /** What to keep after the event: the event's state if it is newer than what is kept, otherwise nothing to do. */
    static Optional<Clinic> apply(Optional<Clinic> kept, String chainId, ClinicChanged event) {
        if (kept.isPresent() && kept.get().revision() >= event.revision()) {
            return Optional.empty();
        }
        return Optional.of(of(chainId, event));
    }
}
