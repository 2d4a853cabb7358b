package com.clinicchain.patient.gdpr;

import java.time.Instant;
import java.util.List;

import com.clinicchain.patient.audit.AccessEntry;
import com.clinicchain.patient.consent.ConsentResponse;
import com.clinicchain.patient.patient.PatientResponse;
import com.clinicchain.patient.screening.ScreeningResponse;

/** Everything the service holds about one patient, as one document (GDPR access / portability). */
public record PatientExport(Instant exportedAt, PatientResponse patient, List<ScreeningResponse> screenings,
                            List<ConsentResponse> consents, List<AccessEntry> accessLog) {
}
