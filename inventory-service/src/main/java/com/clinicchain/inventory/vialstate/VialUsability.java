package com.clinicchain.inventory.vialstate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.clinicchain.inventory.vialstate.LotStatus;
import com.clinicchain.inventory.vialstate.VialStatus;

/**
 * Whether a session may use a vial now, and if not, why: the one statement of the rule in the service. A vial is
 * usable while it is on its clinic's shelf (not emptied, discarded or on the road), its lot is neither recalled nor
 * quarantined, the vial itself is not quarantined, its lot's expiry date is still ahead on the clinic's calendar and,
 * once mixed, it is within its {@link #MIXED_USABLE_FOR}; to be drawn from it must also hold the units charted.
 * Plain Java, unit-tested; {@link Sql} says the same to the queries that filter on it.
 */
public final class VialUsability {

    /** Why a vial may not be used, in the order a manager would look: where it is, its lot, itself, its time, its units. */
    public enum Unusable {
        NOT_ON_SHELF, LOT_RECALLED, LOT_QUARANTINED, VIAL_QUARANTINED, LOT_EXPIRED, PAST_24_HOURS, NOT_ENOUGH_UNITS
    }

    /** What the rule looks at, whichever query read the vial. */
    public record Facts(VialStatus status, LotStatus lotStatus, boolean quarantined, LocalDate expiryDate,
                        Instant reconstitutedAt, int unitsRemaining) {
    }

    /** Botulinum toxin, once reconstituted, is used within 24 hours (then it is discarded as BEYOND_24H). */
    public static final Duration MIXED_USABLE_FOR = Duration.ofHours(24);

    private VialUsability() {
    }

    /**
     * @param today the clinic's today ({@code Clinics.today})
     * @return every reason the vial may not be used now, in {@link Unusable}'s order; empty when it may
     */
    public static Set<Unusable> reasons(Facts vial, Instant now, LocalDate today) {
        Set<Unusable> reasons = EnumSet.noneOf(Unusable.class);
        if (!vial.status().onTheShelf()) {
            reasons.add(Unusable.NOT_ON_SHELF);
        }
        if (vial.lotStatus() == LotStatus.RECALLED) {
            reasons.add(Unusable.LOT_RECALLED);
        }
        if (vial.lotStatus() == LotStatus.QUARANTINED) {
            reasons.add(Unusable.LOT_QUARANTINED);
        }
        if (vial.quarantined()) {
            reasons.add(Unusable.VIAL_QUARANTINED);
        }
        if (expired(vial.expiryDate(), today)) {
            reasons.add(Unusable.LOT_EXPIRED);
        }
        if (vial.reconstitutedAt() != null && !usableAt(vial.reconstitutedAt(), now)) {
            reasons.add(Unusable.PAST_24_HOURS);
        }
        return reasons;
    }

    /** {@link #reasons}, and whether the vial holds the {@code units} charted against it. */
    public static Set<Unusable> reasonsNotToDraw(Facts vial, int units, Instant now, LocalDate today) {
        Set<Unusable> reasons = reasons(vial, now, today);
        if (vial.unitsRemaining() < units) {
            reasons.add(Unusable.NOT_ENOUGH_UNITS);
        }
        return reasons;
    }

    public static boolean usable(Facts vial, Instant now, LocalDate today) {
        return reasons(vial, now, today).isEmpty();
    }

    /** A lot is usable up to the day before its expiry date, on the calendar of the clinic holding it. */
    public static boolean expired(LocalDate expiryDate, LocalDate today) {
        return !expiryDate.isAfter(today);
    }

    public static Instant usableUntil(Instant reconstitutedAt) {
        return reconstitutedAt.plus(MIXED_USABLE_FOR);
    }

    /** At exactly 24 hours the vial is already past its window: the label says "within" 24 hours. */
    public static boolean usableAt(Instant reconstitutedAt, Instant now) {
        return now.isBefore(usableUntil(reconstitutedAt));
    }

    /**
     * The same rule where SQL must filter: conditions on a vial row and its lot row, given their aliases, with the
     * named parameters {@link #parameters} binds ('now' is the service's clock, today the clinic's, never the
     * database's).
     */
    public static final class Sql {

        /** The statuses of a vial on its clinic's shelf, as an SQL list. */
        public static final String ON_THE_SHELF = Arrays.stream(VialStatus.values()).filter(VialStatus::onTheShelf)
                .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", ", "(", ")"));

        /** The one lot status that does not block its vials ({@link LotStatus#blocked}). */
        private static final String LOT_OPEN = "'" + LotStatus.AVAILABLE.name() + "'";

        private static final String USABLE_IF_MIXED_AFTER = "usableIfMixedAfter";
        private static final String TODAY = "today";

        private Sql() {
        }

        public static String onTheShelf(String vial) {
            return vial + ".status in " + ON_THE_SHELF;
        }

        public static String lotBlocked(String lot) {
            return lot + ".status <> " + LOT_OPEN;
        }

        public static String lotOpen(String lot) {
            return lot + ".status = " + LOT_OPEN;
        }

        public static String quarantined(String vial) {
            return vial + ".quarantined_at is not null";
        }

        /** Mixed long enough ago for its time to have run out. */
        public static String pastItsHours(String vial) {
            return vial + ".reconstituted_at <= :" + USABLE_IF_MIXED_AFTER;
        }

        /** {@link VialUsability#reasons} is empty: needs both parameters. */
        public static String usable(String vial, String lot) {
            return onTheShelf(vial) + " and " + vial + ".quarantined_at is null and (" + vial
                    + ".reconstituted_at is null or " + vial + ".reconstituted_at > :" + USABLE_IF_MIXED_AFTER
                    + ") and " + lotOpen(lot) + " and " + lot + ".expiry_date > :" + TODAY;
        }

        /** For {@link #pastItsHours} alone. */
        public static Map<String, Object> parameters(Instant now) {
            return Map.of(USABLE_IF_MIXED_AFTER, Timestamp.from(now.minus(MIXED_USABLE_FOR)));
        }

        /** @param today the clinic's today */
        public static Map<String, Object> parameters(Instant now, LocalDate today) {
            return Map.of(USABLE_IF_MIXED_AFTER, Timestamp.from(now.minus(MIXED_USABLE_FOR)), TODAY, today);
        }
    }
}
