package com.clinicchain.staffweb.patients;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A patient as the patient service answers it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PatientView(UUID id, String medicalRecordNumber, String givenName, String familyName,
                          LocalDate dateOfBirth, String sex, String phone, String email, Address address,
                          String homeClinicId, String preferredLanguage, boolean erased) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Address(List<String> streetLines, String postalCode, String city, String countryCode) {
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(List<PatientView> items, int page, int size, long totalItems) {

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < totalItems;
        }
    }
}
