package com.clinicchain.treatment.session;

import static com.clinicchain.treatment.session.TreatmentArea.FOREHEAD_LINES;
import static com.clinicchain.treatment.session.TreatmentArea.GLABELLAR_LINES;
import static com.clinicchain.treatment.session.TreatmentArea.LATERAL_CANTHAL_LINES;
import static com.clinicchain.treatment.session.TreatmentArea.OTHER;
import static com.clinicchain.treatment.session.TreatmentArea.STATIC_WRINKLES;
import static com.clinicchain.treatment.session.TreatmentArea.VOLUME_LOSS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.clinicchain.treatment.refusal.InvalidField;
import com.clinicchain.treatment.session.Dosing.Plan;
import com.clinicchain.treatment.session.Dosing.Requested;

class DosingTest {

    @Test
    void plannedUnitsDefaultToTheLabelDoseAndAddUp() {
        Plan plan = Dosing.plan(List.of(new Requested(GLABELLAR_LINES, null), new Requested(LATERAL_CANTHAL_LINES, null),
                new Requested(FOREHEAD_LINES, null)), 25).value();
        assertThat(plan.areas()).containsExactly(new PlannedArea(GLABELLAR_LINES, 20),
                new PlannedArea(LATERAL_CANTHAL_LINES, 24), new PlannedArea(FOREHEAD_LINES, 20));
        assertThat(plan.totalUnits()).isEqualTo(64);
        assertThat(plan.flags()).isEmpty();
    }

    @Test
    void foreheadLinesAre20UnitsWithGlabellarLinesAndFlaggedWithoutThem() {
        Plan together = Dosing.plan(List.of(new Requested(FOREHEAD_LINES, 20), new Requested(GLABELLAR_LINES, 20)), 25).value();
        assertThat(together.totalUnits()).isEqualTo(40);
        assertThat(together.flags()).as("the label dose is no deviation").isEmpty();

        Plan alone = Dosing.plan(List.of(new Requested(FOREHEAD_LINES, null)), 25).value();
        assertThat(alone.totalUnits()).isEqualTo(20);
        assertThat(alone.flags()).singleElement().satisfies(flag -> {
            assertThat(flag.rule()).isEqualTo(Dosing.FOREHEAD_WITHOUT_GLABELLAR);
            assertThat(flag.message()).contains("brow ptosis");
        });
    }

    @Test
    void aDoseWithinTheMarginIsNotFlaggedOneBeyondItIs() {
        assertThat(Dosing.plan(List.of(new Requested(GLABELLAR_LINES, 25)), 25).value().flags()).isEmpty();
        assertThat(Dosing.plan(List.of(new Requested(GLABELLAR_LINES, 15)), 25).value().flags()).isEmpty();
        assertThat(Dosing.plan(List.of(new Requested(GLABELLAR_LINES, 26)), 25).value().flags())
                .extracting(SessionWarning::rule).containsExactly(Dosing.DOSE_DEVIATION);
        assertThat(Dosing.plan(List.of(new Requested(LATERAL_CANTHAL_LINES, 12)), 25).value().flags())
                .extracting(SessionWarning::rule).containsExactly(Dosing.DOSE_DEVIATION);
    }

    @Test
    void theMarginIsConfigurable() {
        assertThat(Dosing.plan(List.of(new Requested(GLABELLAR_LINES, 26)), 50).value().flags()).isEmpty();
        assertThat(Dosing.plan(List.of(new Requested(GLABELLAR_LINES, 21)), 0).value().flags()).hasSize(1);
    }

    @Test
    void staticWrinklesAndVolumeLossAreFlaggedWithTheFillerAdvice() {
        Plan plan = Dosing.plan(List.of(new Requested(GLABELLAR_LINES, null), new Requested(STATIC_WRINKLES, null),
                new Requested(VOLUME_LOSS, null)), 25).value();
        assertThat(plan.totalUnits()).isEqualTo(20);
        assertThat(plan.flags()).hasSize(2).allSatisfy(flag -> {
            assertThat(flag.rule()).isEqualTo(Dosing.NOT_FOR_TOXIN);
            assertThat(flag.message()).contains("Botox suits dynamic wrinkles; dermal fillers suit volume loss");
        });
    }

    @Test
    void anAreaWithoutLabelDoseNeedsUnitsAndNoAreaIsPlannedTwice() {
        assertThat(Dosing.plan(List.of(new Requested(OTHER, 6)), 25).value().totalUnits()).isEqualTo(6);
        assertThat(Dosing.plan(List.of(new Requested(GLABELLAR_LINES, null), new Requested(OTHER, null)), 25).invalid())
                .extracting(InvalidField::field).containsExactly("areas[1].plannedUnits");
        assertThat(Dosing.plan(List.of(new Requested(GLABELLAR_LINES, null), new Requested(GLABELLAR_LINES, 10),
                new Requested(OTHER, null)), 25).invalid())
                .as("every wrong field at once").extracting(InvalidField::field)
                .containsExactly("areas[1].area", "areas[2].plannedUnits");
    }
}
