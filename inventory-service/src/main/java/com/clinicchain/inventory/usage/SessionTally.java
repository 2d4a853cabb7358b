package com.clinicchain.inventory.usage;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One completed session, line by line: units charted, units the vials gave, vials emptied, and each line the
 * vials could not account for. Units of the lines are of the session's one product, so they may be added.
 */
public final class SessionTally {

    public record Discrepancy(UUID vialId, String lotNumber, int unitsCharted, DiscrepancyKind kind, String detail) {
    }

    private int unitsCharted;
    private int unitsConsumed;
    private int vialsDepleted;
    private final List<Discrepancy> discrepancies = new ArrayList<>();

    /** The vial gave the units; {@code unitsLeft} is what remains in it. */
    public void drawn(int units, int unitsLeft) {
        unitsCharted += units;
        unitsConsumed += units;
        if (unitsLeft == 0) {
            vialsDepleted++;
        }
    }

    /** Charted but not taken from any vial: counted as charted (when positive), listed as a discrepancy. */
    public void notDrawn(UUID vialId, String lotNumber, int units, DiscrepancyKind kind, String detail) {
        unitsCharted += Math.max(units, 0);
        discrepancies.add(new Discrepancy(vialId, lotNumber, units, kind, detail));
    }

    public int unitsCharted() {
        return unitsCharted;
    }

    public int unitsConsumed() {
        return unitsConsumed;
    }

    public int vialsDepleted() {
        return vialsDepleted;
    }

    public List<Discrepancy> discrepancies() {
        return List.copyOf(discrepancies);
    }
}
