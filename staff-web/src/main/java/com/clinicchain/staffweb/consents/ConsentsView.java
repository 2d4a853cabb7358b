package com.clinicchain.staffweb.consents;

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
public record ConsentsView(List<Current> current, List<Grant> history) {

    public ConsentsView {
        current = current == null ? List.of() : List.copyOf(current);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** Every grant of one type, newest first (the service's order), with its withdrawal: the legal record. */
    public List<Grant> historyOf(String type) {
        return history.stream().filter(grant -> type.equals(grant.type())).toList();
    }

    /** Where the type stands; a type the service did not list has never been given. */
    public Current currentOf(String type) {
        return current.stream().filter(c -> type.equals(c.type())).findFirst()
                .orElse(new Current(type, "NEVER_GIVEN", null));
    }

    public static String typeInWords(String type) {
        return TYPES.getOrDefault(type, Words.sentence(type));
    }

    private static final Map<String, String> TYPES = Map.of(
            "TREATMENT_BOTULINUM_TOXIN", "Treatment (botulinum toxin)", "PHOTOGRAPHY", "Photography",
            "PARTNER_DATA_SHARING", "Sharing with partners", "MARKETING", "Marketing");

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Current(String type, String status, Grant grant) {

        public String typeInWords() {
            return ConsentsView.typeInWords(type);
        }

        public String statusInWords() {
            return status == null ? "unknown" : Words.of(status);
        }

        public boolean valid() {
            return "VALID".equals(status);
        }

        /** Sharing and marketing: the front desk records and withdraws them on this page. */
        public boolean paperwork() {
            return ConsentForms.PAPERWORK.contains(type);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Grant(UUID id, String type, int templateVersion, String method, Instant signedAt, String witnessedBy,
                        Instant expiresAt, Instant withdrawnAt, String withdrawnBy, String withdrawalReason,
                        boolean validNow) {

        public String methodInWords() {
            return "REMOTE".equals(method) ? "remotely" : "in clinic";
        }

        /** The signing time on the clinic's clock, to the minute. */
        public String signedAtInZone(ZoneId zone) {
            return signedAt == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .format(signedAt.atZone(zone));
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
