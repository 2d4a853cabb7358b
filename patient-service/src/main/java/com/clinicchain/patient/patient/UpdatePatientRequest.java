package com.clinicchain.patient.patient;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The whole set of demographics (PUT replaces them); ids, chain, record number and version are never taken. */
public record UpdatePatientRequest(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotNull @Past LocalDate dateOfBirth,
        @NotNull Sex sex,
        @Pattern(regexp = "\\+?[0-9 ()./-]{6,25}", message = "must be a phone number") String phone,
        @Email @Size(max = 254) String email,
        @Valid PostalAddress address,
        @NotBlank @Size(max = 64) String homeClinicId,
        @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code") String preferredLanguage) {
}
