package com.clinicchain.contracts.treatment;

import java.util.List;
import java.util.UUID;

/**
 * Units injected from each vial; inventory consumes them and releases the rest of the reservation.
 *
 * @param practitioner the username of the practitioner who completed and charted the session, i.e. who gave the
 *                     injections (the treatment service's {@code completedBy}, not the one booked, who may have been
 *                     covered for). Added after the first events were published: those, read again, give null, and
 *                     readers must treat null as "not known"
 */
public record SessionCompleted(UUID sessionId, UUID patientId, String clinicId, UUID productId,
                               List<VialUse> vialsUsed, String practitioner) {

    public record VialUse(UUID vialId, String lotNumber, int units) {
    }

    /** The shape of version 1 before the practitioner was added, so that code written against it still compiles. */
    public SessionCompleted(UUID sessionId, UUID patientId, String clinicId, UUID productId, List<VialUse> vialsUsed) {
        this(sessionId, patientId, clinicId, productId, vialsUsed, null);
    }
}
