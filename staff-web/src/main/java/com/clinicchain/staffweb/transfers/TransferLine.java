package com.clinicchain.staffweb.transfers;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One transfer as the list shows it: between which clinics, what, and since when (requested, or on the road since its
 * dispatch), in the sending clinic's time; and which steps the person is offered. Inventory still decides who may take
 * a step: a manager dispatches from their clinic and receives at theirs, either may cancel.
 */
record TransferLine(UUID id, String fromClinicId, String toClinicId, String brand, int vials, int units,
                    String status, String since, String by, boolean mayDispatch, boolean mayReceive,
                    boolean mayCancel) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    /** A transfer as inventory answers it ({@code GET /api/inventory/transfers}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Transfer(UUID id, String fromClinicId, String toClinicId, UUID productId, String status, int units,
                    List<UUID> vialIds, String requestedBy, Instant requestedAt, String dispatchedBy,
                    Instant dispatchedAt) {
    }

    /** @param clinics the clinics the person works at; @param admin admins act at every clinic of the chain */
    static TransferLine of(Transfer t, String brand, ZoneId senderZone, Instant now, Collection<String> clinics,
                           boolean admin) {
        boolean onTheRoad = "IN_TRANSIT".equals(t.status());
        Instant since = onTheRoad ? t.dispatchedAt() : t.requestedAt();
        boolean sender = admin || clinics.contains(t.fromClinicId());
        boolean receiver = admin || clinics.contains(t.toClinicId());
        return new TransferLine(t.id(), t.fromClinicId(), t.toClinicId(), brand, t.vialIds().size(), t.units(),
                t.status(), since == null ? "" : WHEN.format(since.atZone(senderZone)) + " (" + ago(since, now) + ")",
                onTheRoad ? t.dispatchedBy() : t.requestedBy(), "REQUESTED".equals(t.status()) && sender,
                onTheRoad && receiver, sender || receiver);
    }

    /** "12 min ago", "3 h 05 min ago", "2 days ago": how long a box has waited, to the minute. */
    static String ago(Instant since, Instant now) {
        Duration waited = Duration.between(since, now);
        if (waited.isNegative() || waited.toMinutes() < 1) {
            return "just now";
        }
        if (waited.toHours() < 1) {
            return waited.toMinutes() + " min ago";
        }
        if (waited.toDays() < 2) {
            return waited.toHours() + " h " + String.format("%02d", waited.toMinutesPart()) + " min ago";
        }
        return waited.toDays() + " days ago";
    }
}
