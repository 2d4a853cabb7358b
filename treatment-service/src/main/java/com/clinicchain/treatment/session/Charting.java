package com.clinicchain.treatment.session;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the practitioner charted against what was planned, checked at completion. Everything here is a flag on the
 * session, never a refusal: the chart records injections already given, and refusing it would leave those lots off
 * the record that recall tracing and stock consumption depend on. Units of different products are never added up
 * or compared with each other.
 */
public final class Charting {

    public static final String CHARTED_DEVIATION = "CHARTED_DOSE_DEVIATION";
    public static final String NOT_PLANNED = "CHARTED_AREA_NOT_PLANNED";
    public static final String OTHER_PRODUCT = "CHARTED_OTHER_PRODUCT";

    /** Units injected into one area from a vial of {@code productId}. */
    public record Charted(TreatmentArea area, UUID productId, int units) {
    }

    private Charting() {
    }

    /**
     * @param productId     the product the session was planned with
     * @param plan          the planned areas; empty when the session was booked by {@code expectedUnits} alone, in
     *                      which case only the total is compared
     * @param marginPercent how far (either way) charted units may stray from planned ones before being flagged
     */
    public static List<SessionWarning> againstPlan(UUID productId, List<PlannedArea> plan, int expectedUnits,
                                                   List<Charted> charted, int marginPercent) {
        List<SessionWarning> flags = new ArrayList<>();
        Map<TreatmentArea, Integer> perArea = new LinkedHashMap<>();
        Map<UUID, Integer> otherProducts = new LinkedHashMap<>();
        for (Charted c : charted) {
            if (c.productId().equals(productId)) {
                perArea.merge(c.area(), c.units(), Integer::sum);
            } else {
                otherProducts.merge(c.productId(), c.units(), Integer::sum);
            }
        }
        otherProducts.forEach((product, units) -> flags.add(new SessionWarning(OTHER_PRODUCT, units
                + " U of product " + product + " charted: not compared with the plan of product " + productId)));
        if (plan.isEmpty()) {
            int total = perArea.values().stream().mapToInt(Integer::intValue).sum();
            if (Dosing.deviates(total, expectedUnits, marginPercent)) {
                flags.add(new SessionWarning(CHARTED_DEVIATION, "charted " + total + " U in total, " + expectedUnits
                        + " U expected (margin " + marginPercent + " %)"));
            }
            return List.copyOf(flags);
        }
        Map<TreatmentArea, Integer> planned = new EnumMap<>(TreatmentArea.class);
        plan.forEach(area -> planned.put(area.area(), area.plannedUnits()));
        planned.forEach((area, units) -> {
            int given = perArea.getOrDefault(area, 0);
            if (Dosing.deviates(given, units, marginPercent)) {
                flags.add(new SessionWarning(CHARTED_DEVIATION, area + " charted " + given + " U, planned " + units
                        + " U (margin " + marginPercent + " %)"));
            }
        });
        perArea.forEach((area, units) -> {
            if (!planned.containsKey(area)) {
                flags.add(new SessionWarning(NOT_PLANNED, area + " charted " + units + " U but not in the plan"
                        + (area.suitsToxin() ? "" : ": " + Dosing.FILLER_ADVICE)));
            }
        });
        return List.copyOf(flags);
    }
}
