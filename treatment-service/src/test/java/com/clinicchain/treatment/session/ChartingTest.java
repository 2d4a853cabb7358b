package com.clinicchain.treatment.session;

import static com.clinicchain.treatment.session.TreatmentArea.FOREHEAD_LINES;
import static com.clinicchain.treatment.session.TreatmentArea.GLABELLAR_LINES;
import static com.clinicchain.treatment.session.TreatmentArea.LATERAL_CANTHAL_LINES;
import static com.clinicchain.treatment.session.TreatmentArea.STATIC_WRINKLES;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.treatment.session.Charting.Charted;

class ChartingTest {

    static final UUID BOTOX = UUID.randomUUID();
    static final UUID DYSPORT = UUID.randomUUID();
    static final List<PlannedArea> PLAN = List.of(new PlannedArea(GLABELLAR_LINES, 20),
            new PlannedArea(LATERAL_CANTHAL_LINES, 24));

    @Test
    void aChartWithinTheMarginOfEveryPlannedAreaIsNotFlagged() {
        assertThat(Charting.againstPlan(BOTOX, PLAN, 44, List.of(new Charted(GLABELLAR_LINES, BOTOX, 25),
                new Charted(LATERAL_CANTHAL_LINES, BOTOX, 18)), 25)).isEmpty();
    }

    @Test
    void unitsOfOneAreaFromSeveralVialsAreAddedBeforeComparing() {
        List<SessionWarning> flags = Charting.againstPlan(BOTOX, PLAN, 44, List.of(
                new Charted(GLABELLAR_LINES, BOTOX, 10), new Charted(GLABELLAR_LINES, BOTOX, 10),
                new Charted(LATERAL_CANTHAL_LINES, BOTOX, 12), new Charted(LATERAL_CANTHAL_LINES, BOTOX, 12)), 25);
        assertThat(flags).isEmpty();
    }

    @Test
    void anAreaChartedBeyondTheMarginEitherWayOrLeftOutIsFlaggedPerArea() {
        List<SessionWarning> flags = Charting.againstPlan(BOTOX, PLAN, 44,
                List.of(new Charted(GLABELLAR_LINES, BOTOX, 26)), 25);
        assertThat(flags).extracting(SessionWarning::rule).containsExactly(Charting.CHARTED_DEVIATION,
                Charting.CHARTED_DEVIATION);
        assertThat(flags).extracting(SessionWarning::message).containsExactly(
                "GLABELLAR_LINES charted 26 U, planned 20 U (margin 25 %)",
                "LATERAL_CANTHAL_LINES charted 0 U, planned 24 U (margin 25 %)");
    }

    @Test
    void theMarginIsConfigurable() {
        List<Charted> chart = List.of(new Charted(GLABELLAR_LINES, BOTOX, 26), new Charted(LATERAL_CANTHAL_LINES, BOTOX, 24));
        assertThat(Charting.againstPlan(BOTOX, PLAN, 44, chart, 30)).isEmpty();
        assertThat(Charting.againstPlan(BOTOX, PLAN, 44, chart, 25)).hasSize(1);
    }

    @Test
    void anAreaOutsideThePlanIsFlaggedNotRefusedAndANonToxinAreaGetsTheFillerAdvice() {
        List<SessionWarning> flags = Charting.againstPlan(BOTOX, PLAN, 44, List.of(
                new Charted(GLABELLAR_LINES, BOTOX, 20), new Charted(LATERAL_CANTHAL_LINES, BOTOX, 24),
                new Charted(FOREHEAD_LINES, BOTOX, 10), new Charted(STATIC_WRINKLES, BOTOX, 4)), 25);
        assertThat(flags).extracting(SessionWarning::rule).containsExactly(Charting.NOT_PLANNED, Charting.NOT_PLANNED);
        assertThat(flags.get(0).message()).isEqualTo("FOREHEAD_LINES charted 10 U but not in the plan");
        assertThat(flags.get(1).message()).contains("dermal fillers suit volume loss");
    }

    @Test
    void unitsOfAnotherProductAreNeitherAddedToNorComparedWithThePlan() {
        // 20 U Botox as planned; 30 U of another brand in the same area must not make it look like 50 U.
        List<SessionWarning> flags = Charting.againstPlan(BOTOX, List.of(new PlannedArea(GLABELLAR_LINES, 20)), 20,
                List.of(new Charted(GLABELLAR_LINES, BOTOX, 20), new Charted(GLABELLAR_LINES, DYSPORT, 30)), 25);
        assertThat(flags).extracting(SessionWarning::rule).containsExactly(Charting.OTHER_PRODUCT);
        assertThat(flags.get(0).message()).startsWith("30 U of product " + DYSPORT);
        // Nor do they make up for Botox units that are missing.
        assertThat(Charting.againstPlan(BOTOX, List.of(new PlannedArea(GLABELLAR_LINES, 20)), 20,
                List.of(new Charted(GLABELLAR_LINES, DYSPORT, 20)), 25)).extracting(SessionWarning::rule)
                .containsExactlyInAnyOrder(Charting.OTHER_PRODUCT, Charting.CHARTED_DEVIATION);
    }

    @Test
    void aSessionBookedByUnitsAloneIsComparedByItsTotal() {
        assertThat(Charting.againstPlan(BOTOX, List.of(), 24, List.of(new Charted(LATERAL_CANTHAL_LINES, BOTOX, 24)), 25))
                .isEmpty();
        assertThat(Charting.againstPlan(BOTOX, List.of(), 24, List.of(new Charted(LATERAL_CANTHAL_LINES, BOTOX, 20),
                new Charted(FOREHEAD_LINES, BOTOX, 20)), 25)).singleElement().satisfies(flag -> {
                    assertThat(flag.rule()).isEqualTo(Charting.CHARTED_DEVIATION);
                    assertThat(flag.message()).isEqualTo("charted 40 U in total, 24 U expected (margin 25 %)");
                });
    }

    @Test
    void aPlannedZeroUnitAreaIsFlaggedOnlyWhenToxinIsChartedThere() {
        List<PlannedArea> plan = List.of(new PlannedArea(GLABELLAR_LINES, 20), new PlannedArea(STATIC_WRINKLES, 0));
        assertThat(Charting.againstPlan(BOTOX, plan, 20, List.of(new Charted(GLABELLAR_LINES, BOTOX, 20)), 25)).isEmpty();
        assertThat(Charting.againstPlan(BOTOX, plan, 20, List.of(new Charted(GLABELLAR_LINES, BOTOX, 20),
                new Charted(STATIC_WRINKLES, BOTOX, 2)), 25)).extracting(SessionWarning::message)
                .containsExactly("STATIC_WRINKLES charted 2 U, planned 0 U (margin 25 %)");
    }
}
