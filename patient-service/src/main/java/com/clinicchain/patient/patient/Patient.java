package com.clinicchain.patient.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** {@code erasedAt} set: the identifying fields were pseudonymised under GDPR erasure. */
public record Patient(UUID id, String chainId, String medicalRecordNumber, String givenName, String familyName,
                      LocalDate dateOfBirth, Sex sex, String phone, String email, PostalAddress address,
                      String homeClinicId,
                      String preferredLanguage, int version, Instant erasedAt) {
}
