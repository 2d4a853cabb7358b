package com.clinicchain.staffweb.patients;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.clinicchain.staffweb.layout.Words;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A patient's treatment at every clinic of the chain, as {@code GET /api/sessions/history} answers it: the open
 * sessions, a page of the closed ones with what was injected from which lot, and the open follow-ups. Adverse events
 * are null for a role that is not shown them (reception).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TreatmentHistoryView(List<Session> upcoming, Page past, List<FollowUp> openFollowUps) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(List<Session> items, int page, int size, long totalItems) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Session(UUID id, String status, Instant startsAt, String timeZone, String clinicId,
                          String practitioner, int expectedUnits, List<Area> areas, String stockStatus,
                          String cancelReason, List<Injection> injections, List<AdverseEvent> adverseEvents) {

        /** On the clinic's own clock, as the clinic booked it. */
        public String when() {
            ZoneId zone = timeZone == null ? ZoneId.of("UTC") : ZoneId.of(timeZone);
            return WHEN.format(startsAt.atZone(zone));
        }

        public String statusInWords() {
            return Words.of(status);
        }

        /** "Glabellar lines 20 U, forehead lines 20 U": what was planned. */
        public String planInWords() {
            return areas == null ? "" : areas.stream().map(a -> Words.dose(a.area(), a.plannedUnits()))
                    .collect(Collectors.joining(", "));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Area(String area, int plannedUnits) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    /** @param points into how many injection points the units went, or null when not charted */
    public record Injection(String area, int units, Integer points, String lotNumber, LocalDate expiryDate) {

        public String areaInWords() {
            return Words.sentence(area);
        }

        /** "Glabellar lines 20 U in 5 points", or without the points when none were charted. */
        public String doseInWords() {
            return areaInWords() + " " + units + " U" + (points == null ? "" : " in " + points
                    + (points == 1 ? " point" : " points"));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AdverseEvent(String type, String severity, boolean serious, String status, String outcome) {

        public String inWords() {
            return Words.sentence(type) + " (" + Words.of(severity) + (serious ? ", serious" : "") + "), "
                    + (outcome == null ? Words.of(status) : "closed: " + Words.of(outcome));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FollowUp(UUID id, String clinicId, String kind, LocalDate dueOn, String status) {

        public String kindInWords() {
            return Words.sentence(kind);
        }
    }
}
