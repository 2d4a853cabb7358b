package com.clinicchain.staffweb.patients;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.clinicchain.staffweb.layout.Words;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Where each type of a patient's consent stands, as the patient service answers {@code GET /api/patients/{id}/consents},
 * in the front desk's words. Dates are the home clinic's calendar days.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConsentsView(List<Current> current) {

    private static final Map<String, String> TYPES = Map.of(
            "TREATMENT_BOTULINUM_TOXIN", "Treatment (botulinum toxin)", "PHOTOGRAPHY", "Photography",
            "PARTNER_DATA_SHARING", "Sharing with partners", "MARKETING", "Marketing");

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Current(String type, String status, Grant grant) {

        public String typeInWords() {
            return TYPES.getOrDefault(type, type);
        }

        public String statusInWords() {
            return status == null ? "unknown" : Words.of(status);
        }

        public boolean valid() {
            return "VALID".equals(status);
        }

        /** Sharing and marketing: the front desk records and withdraws them on this page. */
        public boolean paperwork() {
            return PaperworkConsentsController.PAPERWORK.contains(type);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Grant(UUID id, int templateVersion, String method, Instant signedAt, String witnessedBy, Instant expiresAt,
                        Instant withdrawnAt, String withdrawalReason) {

        public String methodInWords() {
            return "REMOTE".equals(method) ? "remotely" : "in clinic";
        }

        public LocalDate signedOn(ZoneId zone) {
            return day(signedAt, zone);
        }

        public LocalDate expiresOn(ZoneId zone) {
            return day(expiresAt, zone);
        }

        public LocalDate withdrawnOn(ZoneId zone) {
            return day(withdrawnAt, zone);
        }

        private static LocalDate day(Instant instant, ZoneId zone) {
            return instant == null ? null : LocalDate.ofInstant(instant, zone);
        }
    }
}
