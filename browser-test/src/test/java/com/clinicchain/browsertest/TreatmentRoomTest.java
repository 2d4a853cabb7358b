package com.clinicchain.browsertest;

import com.clinicchain.testsupport.DemoProducts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.Tokens;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * The practitioner's visit in the treatment room on a 768 px tablet: scan the carton, chart, see a warning, complete,
 * see the follow-ups; the manager then sees the units gone from the clinic's stock. A recalled lot's scan is refused.
 * Everything before the visit is prepared through the gateway as the staff would do it.
 */
class TreatmentRoomTest extends BrowserTest {

    static final String BOTOX = DemoProducts.BOTOX_ID;
    /** The demo GTIN inventory's catalogue gives the seeded product (GS1's example range, prefix 950). */
    static final String BOTOX_GTIN = "09506000100012";
    private static final char GS = '\u001d';
    private static final Random RANDOM = new Random();

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    private static final ApiClient gateway = new ApiClient(platform.gatewayUrl());

    /** A lot of two vials expiring 2029-06-30 delivered to clinic-north by its manager: its id and vial ids. */
    static ApiClient.Reply deliver(String lotNumber) {
        var lot = gateway.post(Tokens.password("mark.manager"), "/api/inventory/lots", Map.of("productId", BOTOX,
                "lotNumber", lotNumber, "expiryDate", "2029-06-30", "supplier", "Allergan Aesthetics",
                "clinicId", "clinic-north", "vialCount", 2));
        assertThat(lot.status()).as(lot.toString()).isEqualTo(201);
        return lot;
    }

    record Booked(String sessionId, String patientId) {
    }

    /** A registered, screened and consenting patient with a session booked at clinic-north; the session's id. */
    private String bookedSession(List<Map<String, Object>> areas) {
        return booked(areas).sessionId();
    }

    static Booked booked(List<Map<String, Object>> areas) {
        var patient = gateway.post(Tokens.password("rita.reception"), "/api/patients", Map.of("givenName", "Liv",
                "familyName", unique("Strand"), "dateOfBirth", "1986-06-06", "sex", "FEMALE",
                "homeClinicId", "clinic-north"));
        assertThat(patient.status()).as(patient.toString()).isEqualTo(201);
        String patientId = patient.json().get("id").asString();
        String nina = Tokens.password("nina.nurse");
        var screening = gateway.post(nina, "/api/patients/" + patientId + "/screenings",
                Map.of("conditions", List.of(), "medications", List.of()));
        assertThat(screening.status()).as(screening.toString()).isEqualTo(201);
        var consent = gateway.post(nina, "/api/patients/" + patientId + "/consents", Map.of("type",
                "TREATMENT_BOTULINUM_TOXIN", "templateVersion", 1, "method", "IN_CLINIC",
                "signedAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).toString()));
        assertThat(consent.status()).as(consent.toString()).isEqualTo(201);
        OffsetDateTime startsAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS)
                .plusMinutes(60 + 5L * RANDOM.nextInt(100));
        Map<String, Object> booking = Map.of("patientId", patientId, "clinicId", "clinic-north",
                "productId", BOTOX, "startsAt", startsAt.toString(), "areas", areas);
        String rita = Tokens.password("rita.reception");
        // the treatment service hears of the consent through Kafka
        await().atMost(Duration.ofSeconds(30)).until(() -> gateway.post(rita, "/api/sessions", booking).status() == 201);
        var sessions = gateway.get(rita, "/api/sessions/history?patientId=" + patientId);
        return new Booked(sessions.json().get("upcoming").get(0).get("id").asString(), patientId);
    }

    private static int onHandAtNorth() {
        var stock = new ApiClient(platform.gatewayUrl()).get(Tokens.password("mark.manager"),
                "/api/inventory/stock?clinicId=clinic-north");
        for (var line : stock.json()) {
            if (line.get("productId").asString().equals(BOTOX)) {
                return line.get("onHandUnits").asInt();
            }
        }
        throw new AssertionError("no Botox at clinic-north: " + stock);
    }

    private void scan(String code) {
        page.getByLabel("Scan the carton (GS1 code)", EXACT).fill(code);
        page.getByLabel("Scan the carton (GS1 code)", EXACT).press("Enter");
        page.waitForLoadState();
    }

    @Test
    void aPractitionerScansChartsSeesTheWarningCompletesAndTheManagerSeesTheUnitsGone() {
        String lot = unique("TR").toUpperCase();
        var delivered = deliver(lot);
        String vialId = delivered.json().get("vialIds").get(0).asString();
        var reconstituted = gateway.post(Tokens.password("nina.nurse"), "/api/inventory/vials/" + vialId
                + "/reconstitute", Map.of("salineMl", 2.5));
        assertThat(reconstituted.status()).as(reconstituted.toString()).isEqualTo(200);
        // forehead lines planned alone: the label gives them with glabellar lines, so the plan carries a warning
        String sessionId = bookedSession(List.of(Map.of("area", "FOREHEAD_LINES")));
        int before = onHandAtNorth();

        page.setViewportSize(768, 1024);
        signIn("nina.nurse");
        page.navigate(url("/room/sessions/" + sessionId));
        assertThat(page.locator(".warnings").textContent().replaceAll("\\s+", " "))
                .contains("Forehead lines without glabellar lines")
                .contains("the label treats them together");
        page.getByText("Check in", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".notice.saved").textContent()).isEqualTo("Checked in.");
        page.getByText("Start treatment").click();
        assertThat(page.locator(".session-status").textContent()).isEqualTo("In progress");

        scan("(01)" + BOTOX_GTIN + "(17)290600(10)" + lot + "(21)000123");
        assertThat(page.locator(".scan-result.selected").textContent()).isEqualTo("Vial of lot " + lot
                + " selected (100 U left).");
        Locator inHand = page.locator("table.vials tr.in-hand");
        assertThat(inHand.textContent()).contains(lot).contains("4 U per 0.1 mL");
        assertThat(inHand.locator(".countdown").textContent()).matches("2[34] h \\d\\d min");
        assertThat(inHand.locator(".countdown").getAttribute("class")).doesNotContain("amber");

        page.getByLabel("Area", EXACT).selectOption("FOREHEAD_LINES");
        page.getByLabel("Units", EXACT).fill("20");
        page.getByLabel("Injection points", EXACT).fill("5");
        assertThat(page.getByLabel("Vial", EXACT).inputValue()).as("the scanned vial is the one charted").isEqualTo(vialId);
        page.getByText("Add injection").click();
        assertThat(page.locator(".notice.saved").textContent()).isEqualTo("Charted 20 U, Forehead lines.");
        pictureForReadme("staff-web-treatment-room");

        // the tablet sleeps and the page reloads: the half-done chart is on the server
        page.reload();
        Locator charted = page.locator("table.charted tbody tr");
        PlaywrightAssertions.assertThat(charted).hasCount(1);
        assertThat(charted.textContent().replaceAll("\\s+", " ")).contains("Forehead lines").contains("20 U")
                .contains(lot);
        assertThat(page.locator("table.plan tr[data-area=FOREHEAD_LINES]").textContent()).contains("20 U");
        assertThat(String.valueOf(page.evaluate("() => JSON.stringify([localStorage, sessionStorage])")))
                .as("nothing of the chart is kept in the browser").doesNotContain(lot).doesNotContain("FOREHEAD")
                .doesNotContain(vialId);
        assertThat(page.evaluate("() => document.documentElement.scrollWidth")).as("fits a 768 px tablet")
                .isEqualTo(768);

        // the treatment service learns of the reconstitution and the screening through Kafka meanwhile
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            page.getByText("Complete the session").click();
            page.waitForLoadState();
            return page.locator(".completed").count() > 0;
        });
        assertThat(page.locator(".notice.saved").textContent()).isEqualTo("Session completed.");
        assertThat(page.locator(".session-status").textContent()).isEqualTo("Completed");
        assertThat(page.locator("table.given tbody").textContent()).contains(lot).contains("2029-06-30");
        assertThat(page.locator(".follow-ups").textContent().replaceAll("\\s+", " ")).contains("Review due")
                .contains("Repeat reminder due");
        var injected = gateway.get(Tokens.password("nina.nurse"), "/api/sessions/" + sessionId).json()
                .get("injections").get(0);
        assertThat(injected.get("units").asInt()).isEqualTo(20);
        assertThat(injected.get("points").asInt()).as("the chart's injection points are kept").isEqualTo(5);

        Browser.NewContextOptions options = new Browser.NewContextOptions().setViewportSize(1280, 800);
        try (BrowserContext managers = platform.browser().newContext(options)) {
            Page manager = managers.newPage();
            manager.navigate(url("/"));
            manager.locator("#username").fill("mark.manager");
            manager.locator("#password").fill(Tokens.DEMO_PASSWORD);
            manager.locator("#kc-login").click();
            manager.waitForURL(address -> address.startsWith(platform.staffWebUrl()));
            // inventory consumes the units when it hears of the completion through Kafka
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                manager.navigate(url("/stock?clinicId=clinic-north"));
                Locator botox = manager.locator("table.stock tbody tr", new Page.LocatorOptions().setHasText("Botox"));
                assertThat(botox.locator("td").nth(1).textContent().strip()).isEqualTo(String.valueOf(before - 20));
            });
        }
    }

    @Test
    void aScanOfARecalledLotIsRefusedWithItsReason() {
        String lot = unique("RC").toUpperCase();
        var delivered = deliver(lot);
        var recall = gateway.post(Tokens.password("alice.admin"), "/api/inventory/lots/"
                + delivered.json().get("id").asString() + "/recall", Map.of("reason", "manufacturer recall R-77"));
        assertThat(recall.status()).as(recall.toString()).isEqualTo(200);
        String sessionId = bookedSession(List.of(Map.of("area", "GLABELLAR_LINES")));

        signIn("nina.nurse");
        page.navigate(url("/room/sessions/" + sessionId));
        // as a DataMatrix reads: the variable-length lot ends at the group separator, the serial follows
        scan("01" + BOTOX_GTIN + "17290630" + "10" + lot + GS + "21000777");

        assertThat(page.locator(".scan-result.refused").textContent())
                .isEqualTo("Lot " + lot + " is recalled (manufacturer recall R-77): it may not be used.");
        assertThat(page.locator("tr[data-vial]", new Page.LocatorOptions().setHasText(lot)).count())
                .as("the recalled lot's vials are offered nowhere").isZero();

        scan("(01)09506000134352(10)" + lot);
        assertThat(page.locator(".scan-result.refused").textContent()).contains("No product carries GTIN 09506000134352");
    }

    @Test
    void aVialInTheLastTwoHoursOfItsTwentyFourCountsDownInAmber() {
        String lot = unique("AMBER").toUpperCase();
        String vialId = deliver(lot).json().get("vialIds").get(0).asString();
        // mixed before the first patient and recorded now, as the inventory service allows within the 24 hours
        Instant mixed = Instant.now().minus(Duration.ofHours(22)).minus(Duration.ofMinutes(30));
        var reconstituted = gateway.post(Tokens.password("nina.nurse"), "/api/inventory/vials/" + vialId
                + "/reconstitute", Map.of("salineMl", 2.5, "reconstitutedAt", mixed.toString()));
        assertThat(reconstituted.status()).as(reconstituted.toString()).isEqualTo(200);
        String sessionId = bookedSession(List.of(Map.of("area", "GLABELLAR_LINES")));

        page.setViewportSize(768, 1024);
        signIn("nina.nurse");
        page.navigate(url("/room/sessions/" + sessionId));

        Locator countdown = page.locator("table.vials tr[data-vial='" + vialId + "'] .countdown");
        assertThat(countdown.textContent()).matches("1 h (2\\d|30) min");
        assertThat(countdown.getAttribute("class")).contains("amber");
    }

    @Test
    void aContraindicatedPatientsSessionCannotBeCompletedAndTheRoomSaysWhy() {
        String lot = unique("CI").toUpperCase();
        String vialId = deliver(lot).json().get("vialIds").get(0).asString();
        String nina = Tokens.password("nina.nurse");
        assertThat(gateway.post(nina, "/api/inventory/vials/" + vialId + "/reconstitute", Map.of("salineMl", 2.5))
                .status()).isEqualTo(200);
        Booked booked = booked(List.of(Map.of("area", "GLABELLAR_LINES")));
        // the patient turns out to be pregnant: screened again after booking
        assertThat(gateway.post(nina, "/api/patients/" + booked.patientId() + "/screenings",
                Map.of("conditions", List.of("PREGNANCY"), "medications", List.of())).status()).isEqualTo(201);
        // a completion with no real vial is always refused with every failed rule: it shows when treatment knows
        Map<String, Object> probe = Map.of("injections", List.of(Map.of("area", "GLABELLAR_LINES", "units", 20,
                "vialId", "00000000-0000-4000-8000-0000000000ff")));
        await().atMost(Duration.ofSeconds(30)).until(() -> gateway.post(nina, "/api/sessions/" + booked.sessionId()
                + "/complete", probe).body().contains("CONTRAINDICATION"));

        page.setViewportSize(768, 1024);
        signIn("nina.nurse");
        page.navigate(url("/room/sessions/" + booked.sessionId()));
        scan("(01)" + BOTOX_GTIN + "(17)290630(10)" + lot);
        page.getByLabel("Area", EXACT).selectOption("GLABELLAR_LINES");
        page.getByLabel("Units", EXACT).fill("20");
        page.getByText("Add injection").click();
        page.getByText("Complete the session").click();

        assertThat(page.locator(".banner.refused").textContent()).contains("The session may not be completed yet");
        assertThat(page.locator(".reasons li[data-rule=CONTRAINDICATION]").textContent().replaceAll("\\s+", " ").strip())
                .isEqualTo("Contraindication: Pregnancy");
        assertThat(page.locator(".session-status").textContent()).isEqualTo("Booked");
        PlaywrightAssertions.assertThat(page.locator("table.charted tbody tr")).hasCount(1);
        pictureForReadme("staff-web-treatment-room-refused");
    }
}
