package com.clinicchain.browsertest;

import com.clinicchain.testsupport.DemoProducts;
import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.Tokens;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * The practitioner's paperwork on a 768 px tablet: screening, consents, an adverse event after a completed session and
 * the follow-up it scheduled. What a receptionist or a nurse would do elsewhere (register, book, chart) is prepared
 * through the API as they would, never in the tables.
 */
class PractitionerPaperworkTest extends BrowserTest {

    private static final String BOTOX = DemoProducts.BOTOX_ID;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ApiClient gateway = new ApiClient(platform.gatewayUrl());

    @BeforeEach
    void practitionerOnATablet() {
        page.setViewportSize(768, 1024);
        signIn("nina.nurse");
    }

    @Test
    void aPractitionerScreensRecordsConsentReportsAnAdverseEventAndFollowsUp() {
        String nina = Tokens.password("nina.nurse");
        String family = unique("Strand");
        var registered = gateway.post(Tokens.password("rita.reception"), "/api/patients", Map.of("givenName", "Eva",
                "familyName", family, "dateOfBirth", "1987-07-07", "sex", "FEMALE", "homeClinicId", "clinic-north",
                "phone", "+47 4" + (1_000_000 + (int) (Math.random() * 8_999_999))));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String patientId = registered.json().get("id").asString();
        String phone = registered.json().get("phone").asString();
        var photography = gateway.post(nina, "/api/patients/" + patientId + "/consents", Map.of("type",
                "PHOTOGRAPHY", "templateVersion", 1, "method", "IN_CLINIC",
                "signedAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).toString()));
        assertThat(photography.status()).as(photography.toString()).isEqualTo(201);

        // screening: the search narrows the boxes, a supplement gives the bruising warning in words
        page.navigate(url("/patients/" + patientId));
        page.getByText("Screening", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".screening-state").textContent()).contains("never been screened");
        page.getByLabel("Find a condition or medicine").fill("fish");
        PlaywrightAssertions.assertThat(page.getByLabel("Aspirin")).isHidden();
        page.getByLabel("Fish oil").check();
        page.getByLabel("Find a condition or medicine").fill("");
        page.getByText("Save screening").click();
        assertThat(page.locator(".notice.saved").textContent()).isEqualTo("Screening saved.");
        assertThat(page.locator("ul.findings li.bleeding").textContent())
                .isEqualTo("Bruising warning — Fish oil: raises bruising risk: stop before treatment (7 days) if"
                        + " medically safe");
        assertThat(page.locator(".screened-on").textContent()).contains("by nina.nurse").doesNotContain("Out of date");
        assertThat(page.getByLabel("Fish oil").isChecked()).as("the next screening starts from this one").isTrue();
        pictureForReadme("staff-web-screening");

        // consents: treatment recorded on the current wording, photography withdrawn with a reason
        page.navigate(url("/patients/" + patientId + "/consents"));
        Locator treatment = page.locator("section.consent-type[data-type=TREATMENT_BOTULINUM_TOXIN]");
        assertThat(treatment.locator("summary").textContent()).startsWith("The wording the patient agrees to (version");
        treatment.getByText("Record treatment (botulinum toxin) consent").click();
        assertThat(page.locator(".notice.saved").textContent()).isEqualTo("Consent recorded.");
        assertThat(treatment.locator(".consent-status").textContent()).isEqualTo("valid");
        assertThat(treatment.textContent()).contains("in clinic, witnessed by nina.nurse");

        Locator photos = page.locator("section.consent-type[data-type=PHOTOGRAPHY]");
        photos.getByText("Withdraw photography consent").click();
        assertThat(page.locator(".banner").textContent()).startsWith("Reason ");
        photos.getByLabel("Reason for withdrawing").fill("no photos after all");
        photos.getByText("Withdraw photography consent").click();
        assertThat(page.locator(".notice.saved").textContent()).isEqualTo("Consent withdrawn.");
        assertThat(photos.locator(".consent-status").textContent()).isEqualTo("withdrawn");
        assertThat(photos.locator("table.consent-history td.withdrawn").first().textContent())
                .endsWith("by nina.nurse: no photos after all");
        assertThat(page.locator("section.consent-type[data-type=MARKETING] form").count())
                .as("a practitioner may take the paperwork too").isEqualTo(1);
        pictureForReadme("staff-web-consents");

        String sessionId = completedSession(patientId, nina);
        String lot = lastLot;

        // the adverse event, from the completed session on the patient's page
        page.navigate(url("/patients/" + patientId));
        page.locator("table.past tr[data-session='" + sessionId + "']").getByText("Adverse events").click();
        assertThat(page.locator("p.lots").textContent()).isEqualTo("Lots injected: " + lot);
        page.getByLabel("Eyelid ptosis (serious)").check();
        page.getByLabel("Severity").selectOption("MODERATE");
        page.getByLabel("Began (clinic's time, Europe/London)").fill(
                ZonedDateTime.now(LONDON).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        page.getByLabel("Notes", new Page.GetByLabelOptions().setExact(true)).fill("left brow lower");
        page.getByText("Report", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".notice.saved").textContent()).isEqualTo("Adverse event reported.");
        Locator event = page.locator("section.adverse-event").first();
        assertThat(event.locator("h2.serious").textContent()).isEqualTo("Eyelid ptosis, moderate — serious");
        assertThat(event.textContent()).contains("lots " + lot);
        event.getByLabel("Follow-up note").fill("called: improving");
        event.getByText("Add the note").click();
        assertThat(page.locator("section.adverse-event ul.course li").first().textContent())
                .startsWith("Note (").endsWith("nina.nurse): called: improving");
        page.locator("section.adverse-event").first().getByLabel("Outcome").selectOption("RESOLVED");
        page.locator("section.adverse-event").first().getByText("Close the adverse event").click();
        assertThat(page.locator(".notice.saved").textContent()).isEqualTo("Adverse event closed.");
        assertThat(page.locator("section.adverse-event .event-status").first().textContent())
                .isEqualTo("Closed: resolved");
        pictureForReadme("staff-web-adverse-event");

        // the review the completion scheduled, with the phone number to call, marked done
        page.navigate(url("/follow-ups?clinicId=clinic-north"));
        // the completion scheduled a review and a repeat reminder: the review is the one to call about now
        Locator patientRows = page.locator("table.worklist tbody tr",
                new Page.LocatorOptions().setHasText("Eva " + family));
        PlaywrightAssertions.assertThat(patientRows).hasCount(2);
        Locator row = patientRows.filter(new Locator.FilterOptions().setHasText("Review (two weeks after treatment)"));
        assertThat(row.locator("a.phone").textContent()).isEqualTo(phone);
        pictureForReadme("staff-web-follow-ups");
        String review = row.getAttribute("data-follow-up");
        row.getByLabel("Note").fill("Called: no bruising, happy with the result");
        row.getByText("Done", new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".notice.saved").textContent()).isEqualTo("Marked done.");
        assertThat(gateway.get(nina, "/api/follow-ups/" + review).json().get("note").asString())
                .isEqualTo("Called: no bruising, happy with the result");
        PlaywrightAssertions.assertThat(patientRows).hasCount(1);
        assertThat(patientRows.textContent()).contains("Repeat reminder");

        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("the worklist fits the tablet's width").isTrue();
    }

    private String lastLot;

    /** As the clinic would: a delivery, a booking, a reconstituted vial and the chart, through the gateway. */
    private String completedSession(String patientId, String nina) {
        String mark = Tokens.password("mark.manager");
        lastLot = unique("L").toUpperCase();
        var delivery = gateway.post(mark, "/api/inventory/lots", Map.of("productId", BOTOX, "lotNumber", lastLot,
                "expiryDate", "2030-01-31", "supplier", "Allergan", "clinicId", "clinic-north", "vialCount", 1));
        assertThat(delivery.status()).as(delivery.toString()).isEqualTo(201);
        String vialId = delivery.json().get("vialIds").get(0).asString();
        Map<String, Object> booking = Map.of("patientId", patientId, "clinicId", "clinic-north",
                "practitioner", "nina.nurse", "productId", BOTOX,
                "startsAt", OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).toString(),
                "areas", List.of(Map.of("area", "GLABELLAR_LINES")));
        String rita = Tokens.password("rita.reception");
        AtomicReference<ApiClient.Reply> booked = new AtomicReference<>();
        // the treatment service hears of the consent and the screening through Kafka
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            booked.set(gateway.post(rita, "/api/sessions", booking));
            return booked.get().status() == 201;
        });
        String sessionId = booked.get().json().get("id").asString();
        var reconstituted = gateway.post(nina, "/api/inventory/vials/" + vialId + "/reconstitute",
                Map.of("salineMl", 2.5));
        assertThat(reconstituted.status()).as(reconstituted.toString()).isEqualTo(200);
        Map<String, Object> chart = Map.of("injections", List.of(Map.of("area", "GLABELLAR_LINES", "units", 20,
                "vialId", vialId)));
        AtomicReference<ApiClient.Reply> completed = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            completed.set(gateway.post(nina, "/api/sessions/" + sessionId + "/complete", chart));
            return completed.get().status() == 200;
        });
        // the onset is typed to the minute and may not be before the completion: wait for the next minute
        Instant nextMinute = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        await().atMost(Duration.ofSeconds(65)).until(() -> Instant.now().isAfter(nextMinute));
        return sessionId;
    }
}
