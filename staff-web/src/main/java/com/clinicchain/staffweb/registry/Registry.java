package com.clinicchain.staffweb.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The chain's registry as the admin reads it: each clinic with its address, time zone and hours, and the
 * practitioners who work there (a practitioner working at two clinics is under both). Practitioners of no listed
 * clinic are listed apart, so that nobody is missing.
 */
public record Registry(List<ClinicLine> clinics, List<Practitioner> elsewhere) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Address(List<String> lines, String postalCode, String city, String countryCode) {

        public String inWords() {
            List<String> parts = new ArrayList<>(lines == null ? List.of() : lines);
            String town = ((postalCode == null ? "" : postalCode + " ") + (city == null ? "" : city)).strip();
            if (!town.isEmpty()) {
                parts.add(town);
            }
            if (countryCode != null) {
                parts.add(countryCode);
            }
            return String.join(", ", parts);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hours(String day, String opens, String closes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Clinic(String clinicId, String name, Address address, String phone, String timeZone,
                         List<Hours> openingHours, boolean active) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Practitioner(String username, String displayName, List<String> clinicIds, String qualification,
                               boolean active) {
    }

    public record ClinicLine(Clinic clinic, List<Practitioner> practitioners) {

        public String hoursInWords() {
            if (clinic.openingHours() == null || clinic.openingHours().isEmpty()) {
                return "no hours given";
            }
            return String.join("; ", clinic.openingHours().stream()
                    .map(h -> h.day().substring(0, 1) + h.day().substring(1, 3).toLowerCase(java.util.Locale.ROOT)
                            + " " + h.opens() + "–" + h.closes()).toList());
        }
    }

    public static Registry of(List<Clinic> clinics, List<Practitioner> practitioners) {
        List<Practitioner> sorted = practitioners.stream()
                .sorted(Comparator.comparing(Practitioner::displayName, Comparator.nullsLast(String::compareTo))
                        .thenComparing(Practitioner::username)).toList();
        List<ClinicLine> lines = clinics.stream().sorted(Comparator.comparing(Clinic::clinicId))
                .map(clinic -> new ClinicLine(clinic, sorted.stream()
                        .filter(p -> p.clinicIds() != null && p.clinicIds().contains(clinic.clinicId())).toList()))
                .toList();
        List<String> ids = clinics.stream().map(Clinic::clinicId).toList();
        List<Practitioner> elsewhere = sorted.stream()
                .filter(p -> p.clinicIds() == null || p.clinicIds().stream().noneMatch(ids::contains)).toList();
        return new Registry(lines, elsewhere);
    }
}
