package com.clinicchain.patient.patient;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/** Whether the patient lets partner systems see their demographics; answered by the consent records. */
public interface PartnerSharing {

    boolean allowsSharing(String chainId, UUID patientId, Instant at);

    /** Those of {@code patientIds} who share at {@code at}, answered at once for a batch. */
    Set<UUID> sharingAmong(String chainId, Collection<UUID> patientIds, Instant at);
}
