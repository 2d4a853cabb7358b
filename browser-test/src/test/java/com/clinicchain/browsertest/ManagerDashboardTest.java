package com.clinicchain.browsertest;

import com.clinicchain.testsupport.DemoProducts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.Tokens;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.RequestOptions;

/**
 * The manager's live stock dashboard: a delivery and a quarantine made through the API (as another person, another
 * "context") show on the open page within the 5 s, without a reload, a line under its minimum highlighted; a manager sees nothing of a clinic their
 * token does not name; a receptionist cannot open it; a session that cannot get stock shows as waiting for it.
 */
class ManagerDashboardTest extends BrowserTest {

    static final String BOTOX = DemoProducts.BOTOX_ID;
    /** The bound: the dashboard shows a change anywhere in the manager's clinics within 5 s. */
    static final double WITHIN_MS = 5_000;

    private final ApiClient gateway = new ApiClient(platform.gatewayUrl());

    /** A lot of two vials delivered by mark.manager (who manages clinic-north and clinic-south), expiring soon. */
    static ApiClient.Reply deliver(ApiClient gateway, String clinicId, String lotNumber) {
        var lot = gateway.post(Tokens.password("mark.manager"), "/api/inventory/lots", Map.of("productId", BOTOX,
                "lotNumber", lotNumber, "expiryDate", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString(),
                "supplier", "Allergan Aesthetics", "clinicId", clinicId, "vialCount", 2));
        assertThat(lot.status()).as(lot.toString()).isEqualTo(201);
        return lot;
    }

    /** The on-hand cell of Botox at the clinic; the page shows no line before the clinic's first delivery. */
    static Locator botoxAt(Page page, String clinicId, int column) {
        return page.locator("section[data-clinic=" + clinicId + "] table.stock tr[data-product='" + BOTOX + "'] td")
                .nth(column);
    }

    static int units(Locator cell) {
        return cell.count() == 0 ? 0 : Integer.parseInt(cell.textContent().strip());
    }

    @Test
    void aDeliveryAndAQuarantineShowOnTheOpenDashboardWithinFiveSecondsWithoutAReload() {
        // a minimum no delivery here reaches: the line stays highlighted
        var threshold = gateway.put(Tokens.password("mark.manager"), "/api/inventory/thresholds", Map.of(
                "clinicId", "clinic-north", "productId", BOTOX, "minUnits", 5_000));
        assertThat(threshold.status()).as(threshold.toString()).isEqualTo(200);
        signIn("mark.manager");
        page.navigate(url("/stock"));
        PlaywrightAssertions.assertThat(page.locator("#platform-status")).hasText(Pattern.compile("Updated \\d+ s ago"));
        int onHand = units(botoxAt(page, "clinic-north", 1));
        int unusable = units(botoxAt(page, "clinic-north", 3));
        AtomicInteger navigations = new AtomicInteger();
        page.onFrameNavigated(frame -> {
            if (frame == page.mainFrame()) {
                navigations.incrementAndGet();
            }
        });

        String lotNumber = unique("DASH").toUpperCase();
        var delivered = deliver(gateway, "clinic-north", lotNumber);
        int units = 2 * delivered.json().get("unitsPerVial").asInt();

        var within = new LocatorAssertions.HasTextOptions().setTimeout(WITHIN_MS);
        PlaywrightAssertions.assertThat(botoxAt(page, "clinic-north", 1)).hasText(String.valueOf(onHand + units), within);
        Locator expiring = page.locator("section[data-clinic=clinic-north] table.expiring tr",
                new Page.LocatorOptions().setHasText(lotNumber));
        PlaywrightAssertions.assertThat(expiring).containsText(Pattern.compile("\\d+ days left"));
        Locator northBotox = page.locator("section[data-clinic=clinic-north] table.stock tr[data-product='" + BOTOX
                + "']");
        PlaywrightAssertions.assertThat(northBotox).hasClass(Pattern.compile("\\bbelow\\b"));
        PlaywrightAssertions.assertThat(northBotox).containsText("below 5000 U");

        var quarantined = gateway.post(Tokens.password("mark.manager"), "/api/inventory/lots/"
                + delivered.json().get("id").asString() + "/quarantine", Map.of("reason", "fridge door left open"));
        assertThat(quarantined.status()).as(quarantined.toString()).isEqualTo(200);

        PlaywrightAssertions.assertThat(botoxAt(page, "clinic-north", 3)).hasText(String.valueOf(unusable + units), within);
        Locator blocked = page.locator("section[data-clinic=clinic-north] table.blocked tr",
                new Page.LocatorOptions().setHasText(lotNumber));
        PlaywrightAssertions.assertThat(blocked).containsText("Quarantined");
        PlaywrightAssertions.assertThat(blocked).containsText("fridge door left open");
        assertThat(navigations.get()).as("the page was not reloaded").isZero();
        PlaywrightAssertions.assertThat(page.locator("#platform-status")).hasText(Pattern.compile("Updated \\d+ s ago"));
        pictureForReadme("staff-web-dashboard");
    }

    /** A new patient of clinic-north, screened and consented, so that a booking passes eligibility. */
    private String consentedPatient() {
        var patient = gateway.post(Tokens.password("rita.reception"), "/api/patients", Map.of("givenName", "Vera",
                "familyName", unique("Venter"), "dateOfBirth", "1984-04-04", "sex", "FEMALE",
                "homeClinicId", "clinic-north"));
        assertThat(patient.status()).as(patient.toString()).isEqualTo(201);
        String id = patient.json().get("id").asString();
        String nina = Tokens.password("nina.nurse");
        var screening = gateway.post(nina, "/api/patients/" + id + "/screenings", Map.of("conditions", List.of(),
                "medications", List.of()));
        assertThat(screening.status()).as(screening.toString()).isEqualTo(201);
        var consent = gateway.post(nina, "/api/patients/" + id + "/consents", Map.of("type",
                "TREATMENT_BOTULINUM_TOXIN", "templateVersion", 1, "method", "IN_CLINIC",
                "signedAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).toString()));
        assertThat(consent.status()).as(consent.toString()).isEqualTo(201);
        return id;
    }

    /** A session of the most units a session may plan (400 U) at clinic-north in two hours; its id. */
    private String bookedOf400Units() {
        String rita = Tokens.password("rita.reception");
        Map<String, Object> booking = Map.of("patientId", consentedPatient(), "clinicId", "clinic-north",
                "productId", BOTOX, "expectedUnits", 400, "startsAt", OffsetDateTime.now(ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.MINUTES).plusHours(2).toString());
        List<String> id = new ArrayList<>();
        // the treatment service hears of the consent through Kafka
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var booked = gateway.post(rita, "/api/sessions", booking);
            if (booked.status() == 201) {
                id.add(booked.json().get("id").asString());
            }
            return booked.status() == 201;
        });
        return id.get(0);
    }

    private String stockAnswer(String sessionId) {
        return gateway.get(Tokens.password("rita.reception"), "/api/sessions/" + sessionId).json().get("stockStatus")
                .asString();
    }

    /**
     * Sessions of 400 U are booked at clinic-north until inventory answers one SHORT (the others reserve the stock);
     * the open dashboard then lists it under "waiting for stock" without a reload, and drops it when it is cancelled.
     * Every session booked here is cancelled at the end, which gives their units back.
     */
    @Test
    void aSessionThatCannotGetStockShowsAsWaitingForStockWithoutAReload() {
        signIn("mark.manager");
        page.navigate(url("/stock"));
        PlaywrightAssertions.assertThat(page.locator("#platform-status")).hasText(Pattern.compile("Updated \\d+ s ago"));
        AtomicInteger navigations = new AtomicInteger();
        page.onFrameNavigated(frame -> {
            if (frame == page.mainFrame()) {
                navigations.incrementAndGet();
            }
        });
        List<String> booked = new ArrayList<>();
        String rita = Tokens.password("rita.reception");
        try {
            String waiting = null;
            // at most 40,000 U on hand at clinic-north before this test would fail to run it short
            for (int i = 0; i < 100 && waiting == null; i++) {
                String id = bookedOf400Units();
                booked.add(id);
                await().atMost(Duration.ofSeconds(30)).until(() -> !stockAnswer(id).equals("PENDING"));
                if (stockAnswer(id).equals("SHORT")) {
                    waiting = id;
                }
            }
            assertThat(waiting).as("clinic-north ran short").isNotNull();

            var within = new LocatorAssertions.ContainsTextOptions().setTimeout(WITHIN_MS);
            Locator row = page.locator("section[data-clinic=clinic-north] table.waiting tr[data-session='" + waiting
                    + "']");
            PlaywrightAssertions.assertThat(row).containsText("400", within);
            PlaywrightAssertions.assertThat(row).containsText("Botox");
            PlaywrightAssertions.assertThat(row).containsText("Booked");
            if (booked.size() > 1) {
                assertThat(page.locator("table.waiting tr[data-session='" + booked.get(0) + "']").count())
                        .as("a session with its stock reserved is not waiting").isZero();
            }
            assertThat(page.locator("section[data-clinic=clinic-south] table.waiting tr[data-session='" + waiting
                    + "']").count()).as("only at its clinic").isZero();
            assertThat(navigations.get()).as("the page was not reloaded").isZero();

            var cancelled = gateway.post(rita, "/api/sessions/" + waiting + "/cancel", Map.of("reason", "no stock"));
            assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
            PlaywrightAssertions.assertThat(row).hasCount(0, new LocatorAssertions.HasCountOptions()
                    .setTimeout(WITHIN_MS));
            assertThat(navigations.get()).as("the page was not reloaded").isZero();
        } finally {
            booked.forEach(id -> gateway.post(rita, "/api/sessions/" + id + "/cancel", Map.of("reason",
                    "test over")));
        }
    }

    @Test
    void aManagerOfOneClinicSeesNothingOfAClinicOutsideTheirToken() {
        String lotNumber = unique("SOUTH").toUpperCase();
        deliver(gateway, "clinic-south", lotNumber);

        // mona.manager manages clinic-north only
        signIn("mona.manager");
        page.navigate(url("/stock"));

        assertThat(page.locator("section[data-clinic]").evaluateAll("sections => sections.map(s => s.dataset.clinic)"))
                .isEqualTo(java.util.List.of("clinic-north"));
        assertThat(page.locator("main").textContent()).doesNotContain("clinic-south").doesNotContain(lotNumber);

        var asked = page.navigate(url("/stock?clinicId=clinic-south"));
        assertThat(asked.status()).isEqualTo(403);
        assertThat(page.locator(".banner").textContent()).contains("Your role may not do this");
        assertThat(page.locator("main").textContent()).doesNotContain(lotNumber);
        for (String path : new String[] {"/stock/live?clinicId=clinic-south", "/stock/events?clinicId=clinic-south"}) {
            var answer = context.request().get(url(path), RequestOptions.create()
                    .setHeader("Accept", path.contains("events") ? "text/event-stream" : "text/html")
                    .setMaxRedirects(0));
            assertThat(answer.status()).as(path).isEqualTo(403);
            assertThat(answer.text()).as(path).doesNotContain(lotNumber);
        }
    }

    @Test
    void aReceptionistCannotOpenTheDashboard() {
        signIn("rita.reception");

        var response = page.navigate(url("/stock"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator(".banner").textContent()).contains("Your role may not open this page");
        for (String path : new String[] {"/stock/live", "/stock/events"}) {
            var answer = context.request().get(url(path), RequestOptions.create().setMaxRedirects(0));
            assertThat(answer.status()).as(path).isEqualTo(403);
        }
    }
}
