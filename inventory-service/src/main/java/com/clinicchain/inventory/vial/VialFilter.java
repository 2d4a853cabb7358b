package com.clinicchain.inventory.vial;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.clinicchain.inventory.vialstate.VialStatus;
import com.clinicchain.inventory.vialstate.VialUsability;
import com.clinicchain.kit.problem.ProblemException;

/**
 * Which vials of a clinic a list shows: all, those of one {@link VialStatus}, or the quarantined ones. A quarantine is
 * no status of its own (a quarantined vial is still SEALED or opened, and goes back to being usable on release), so
 * QUARANTINED means: on the shelf and carrying a fridge excursion's quarantine.
 *
 * @param status      the one status asked for, if any
 * @param quarantined only the quarantined vials on the shelf
 */
public record VialFilter(Optional<VialStatus> status, boolean quarantined) {

    static final String QUARANTINED = "QUARANTINED";

    static final VialFilter ALL = new VialFilter(Optional.empty(), false);

    /** @param status as the client sent it: blank or absent for all; compared case-insensitively */
    public static VialFilter parse(String status) {
        if (status == null || status.isBlank()) {
            return ALL;
        }
        String name = status.strip().toUpperCase(Locale.ROOT);
        if (name.equals(QUARANTINED)) {
            return new VialFilter(Optional.empty(), true);
        }
        return Arrays.stream(VialStatus.values()).filter(known -> known.name().equals(name)).findFirst()
                .map(known -> new VialFilter(Optional.of(known), false))
                .orElseThrow(() -> ProblemException.invalid("status", "must be one of " + Stream.concat(
                        Arrays.stream(VialStatus.values()).map(Enum::name), Stream.of(QUARANTINED))
                        .collect(Collectors.joining(", "))));
    }

    /** The condition on the vial table aliased {@code vial}, to append to a where clause; one parameter per status. */
    String sql(String vial) {
        if (quarantined) {
            return " and " + VialUsability.Sql.onTheShelf(vial) + " and " + vial + ".quarantined_at is not null";
        }
        return status.map(s -> " and " + vial + ".status = ?").orElse("");
    }
}
