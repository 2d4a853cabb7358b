package com.clinicchain.patient.patient;

import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where letters reach the patient. Up to three street lines (building, street, district) as European postal forms
 * allow; a postal code where the country has one; the country as an ISO 3166-1 alpha-2 code ({@code NO}, {@code GB}).
 * Personal data: it never goes into events or logs.
 */
public record PostalAddress(
        @NotEmpty @Size(max = 3) List<@NotBlank @Size(max = 100) String> streetLines,
        @Size(max = 16) @Pattern(regexp = "[A-Za-z0-9 -]*[A-Za-z0-9][A-Za-z0-9 -]*", message = "must be a postal code")
        String postalCode,
        @NotBlank @Size(max = 100) String city,
        @NotNull @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 country code")
        String countryCode) {

    /** Trimmed, the country code in capitals, an empty postal code as none: one spelling of the same address. */
    PostalAddress normalised() {
        String code = postalCode == null || postalCode.isBlank() ? null : postalCode.strip().replaceAll("\\s+", " ");
        return new PostalAddress(streetLines.stream().map(String::strip).toList(), code, city.strip(),
                countryCode.toUpperCase(Locale.ROOT));
    }

    String streetLine(int index) {
        return index < streetLines.size() ? streetLines.get(index) : null;
    }
}
