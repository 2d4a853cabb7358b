package com.clinicchain.treatment.session;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.clinicchain.treatment.refusal.Checked;
import com.clinicchain.treatment.refusal.InvalidField;

/** Turns the requested areas into a plan: label doses by default, flags for deviations and non-toxin targets. */
public final class Dosing {

    public static final String DOSE_DEVIATION = "DOSE_DEVIATION";
    public static final String NOT_FOR_TOXIN = "NOT_A_TOXIN_INDICATION";
    public static final String FILLER_ADVICE = "Botox suits dynamic wrinkles; dermal fillers suit volume loss";
    public static final String FOREHEAD_WITHOUT_GLABELLAR = "FOREHEAD_WITHOUT_GLABELLAR";

    public record Plan(List<PlannedArea> areas, int totalUnits, List<SessionWarning> flags) {
    }

    /** One requested area; units null means "the label dose". */
    public record Requested(TreatmentArea area, Integer plannedUnits) {
    }

    private Dosing() {
    }

    /**
     * @param marginPercent how far (either way) planned units may stray from the label dose before being flagged
     * @return the plan, or refused naming each field where an area is repeated or has no label dose and no units
     */
    public static Checked<Plan> plan(List<Requested> requested, int marginPercent) {
        List<InvalidField> invalid = new ArrayList<>();
        List<PlannedArea> areas = new ArrayList<>();
        List<SessionWarning> flags = new ArrayList<>();
        Set<TreatmentArea> seen = EnumSet.noneOf(TreatmentArea.class);
        for (int i = 0; i < requested.size(); i++) {
            Requested r = requested.get(i);
            if (!seen.add(r.area())) {
                invalid.add(new InvalidField("areas[" + i + "].area", "is planned twice"));
                continue;
            }
            Integer label = r.area().labelUnits();
            int units;
            if (r.plannedUnits() != null) {
                units = r.plannedUnits();
            } else if (label != null) {
                units = label;
            } else if (!r.area().suitsToxin()) {
                units = 0;
            } else {
                invalid.add(new InvalidField("areas[" + i + "].plannedUnits", "is required for " + r.area()));
                continue;
            }
            areas.add(new PlannedArea(r.area(), units));
            if (!r.area().suitsToxin()) {
                flags.add(new SessionWarning(NOT_FOR_TOXIN, r.area() + " targeted: " + FILLER_ADVICE));
            } else if (label != null && deviates(units, label, marginPercent)) {
                flags.add(new SessionWarning(DOSE_DEVIATION, r.area() + " planned " + units + " U, label dose "
                        + label + " U (margin " + marginPercent + " %)"));
            }
        }
        if (seen.contains(TreatmentArea.FOREHEAD_LINES) && !seen.contains(TreatmentArea.GLABELLAR_LINES)) {
            flags.add(new SessionWarning(FOREHEAD_WITHOUT_GLABELLAR, "FOREHEAD_LINES planned without GLABELLAR_LINES:"
                    + " the label treats them together (20 U each) to lower the risk of brow ptosis"));
        }
        if (!invalid.isEmpty()) {
            return Checked.refused(invalid);
        }
        return Checked.ok(new Plan(List.copyOf(areas), areas.stream().mapToInt(PlannedArea::plannedUnits).sum(),
                List.copyOf(flags)));
    }

    static boolean deviates(int units, int label, int marginPercent) {
        return Math.abs(units - label) * 100L > (long) marginPercent * label;
    }
}
