package com.clinicchain.browsertest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * token does not name; a receptionist cannot open it.
 */
class ManagerDashboardTest extends BrowserTest {

    static final String BOTOX = "00000000-0000-4000-8000-000000000001";
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
