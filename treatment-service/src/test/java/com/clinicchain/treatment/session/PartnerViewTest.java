package com.clinicchain.treatment.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PartnerViewTest {

    @Test
    void screeningRefusalsBecomeOneCodeWithoutTheFactsAndOtherRulesKeepTheirCodes() {
        List<FailedRule> reasons = PartnerView.reasons(List.of(
                new FailedRule(Eligibility.CONTRAINDICATION, "contraindication PREGNANCY"),
                new FailedRule(Eligibility.CONTRAINDICATION, "contraindication MYASTHENIA_GRAVIS"),
                new FailedRule(Eligibility.INTERACTION, "interaction with AMINOGLYCOSIDES"),
                new FailedRule(Eligibility.RETREATMENT_INTERVAL, "last session on 2026-10-01, less than 90 days before")));
        assertThat(reasons).extracting(FailedRule::rule)
                .containsExactly(PartnerView.NOT_ELIGIBLE_CLINICAL, Eligibility.RETREATMENT_INTERVAL);
        assertThat(reasons.toString()).doesNotContain("PREGNANCY", "MYASTHENIA", "AMINOGLYCOSIDES", "2026-10-01");
    }

    @Test
    void screeningWarningsBecomeAClinicalReviewAndNoOverrideIsShown() {
        SessionResponse staff = new SessionResponse(null, "clinic-north", null, null, null, null, 30, 20,
                SessionStatus.BOOKED, StockStatus.PENDING, null, false, List.of(), List.of(
                new SessionWarning(Eligibility.BLEEDING_RISK, "ASPIRIN raises bruising risk"),
                new SessionWarning(Eligibility.BLEEDING_RISK, "FISH_OIL raises bruising risk"),
                new SessionWarning(Dosing.DOSE_DEVIATION, "GLABELLAR_LINES planned 40 U, label dose 20 U")),
                List.of(new OverrideRecord(Eligibility.INTERACTION, "aminoglycoside course ended", "nina.nurse", null)),
                null, null, List.of());
        SessionResponse partner = PartnerView.of(staff);
        assertThat(partner.warnings()).extracting(SessionWarning::rule)
                .containsExactly(PartnerView.CLINICAL_REVIEW, Dosing.DOSE_DEVIATION);
        assertThat(partner.overrides()).isEmpty();
        assertThat(partner.toString()).doesNotContain("ASPIRIN", "FISH_OIL", "aminoglycoside");
    }
}
