package com.clinicchain.patient.patient;

import java.time.Instant;
import java.util.UUID;

/** Whether the patient lets partner systems see their demographics; answered by the consent records. */
public interface PartnerSharing {

    boolean allowsSharing(String chainId, UUID patientId, Instant at);
}
