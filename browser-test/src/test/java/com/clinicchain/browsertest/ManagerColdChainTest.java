package com.clinicchain.browsertest;

import com.clinicchain.testsupport.DemoProducts;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.Tokens;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.RequestOptions;

import tools.jackson.databind.JsonNode;

/**
 * The manager's cold chain (issue 14): a fridge's chart is drawn from the platform's own readings (the Chart.js
 * instance's points against the API's, for 24 h and 7 days); the sensor's out-of-range readings show the vials they
 * quarantined on the already open page within 5 s, without a reload; a release takes a vial off the list.
 */
class ManagerColdChainTest extends BrowserTest {

    static final String BOTOX = DemoProducts.BOTOX_ID;
    /** The bound: the open page shows a quarantine within 5 s. */
    static final double WITHIN_MS = 5_000;

    private final ApiClient gateway = new ApiClient(platform.gatewayUrl());

    static String mark() {
        return Tokens.password("mark.manager");
    }

    /** The demo fridge sensor (client credentials, inventory.write): what posts readings in production. */
    static String sensor() {
        return Tokens.clientCredentials("sensor-demo", "sensor-demo-secret");
    }

    String fridge(String name) {
        var added = gateway.post(mark(), "/api/inventory/fridges", Map.of("clinicId", "clinic-north", "name", name));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().get("id").asString();
    }

    void reading(String fridge, String celsius, Instant at) {
        var posted = gateway.post(sensor(), "/api/inventory/fridges/" + fridge + "/readings",
                Map.of("celsius", new BigDecimal(celsius), "at", at.toString()));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
    }

    /** Two vials of a new lot at clinic-north, placed in the fridge; their ids. */
    List<String> vialsIn(String fridge) {
        var lot = gateway.post(mark(), "/api/inventory/lots", Map.of("productId", BOTOX,
                "lotNumber", unique("COLD").toUpperCase(),
                "expiryDate", LocalDate.now(ZoneOffset.UTC).plusDays(200).toString(),
                "supplier", "Allergan Aesthetics", "clinicId", "clinic-north", "vialCount", 2));
        assertThat(lot.status()).as(lot.toString()).isEqualTo(201);
        var placed = gateway.post(mark(), "/api/inventory/fridges/" + fridge + "/lots",
                Map.of("lotId", lot.json().get("id").asString()));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        lot.json().get("vialIds").forEach(id -> ids.add(id.asString()));
        return ids;
    }

    /** The fridge's readings over the window as the platform answers them, oldest first, as "epochMillis|celsius". */
    List<String> platformReadings(String fridge, Instant from) {
        var answer = gateway.get(mark(), "/api/inventory/fridges/" + fridge + "/readings?from=" + from + "&size=3000");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<String> points = new ArrayList<>();
        for (JsonNode item : answer.json().get("items")) {
            points.add(0, Instant.parse(item.get("measuredAt").asString()).toEpochMilli() + "|"
                    + item.get("celsius").decimalValue().stripTrailingZeros().toPlainString());
        }
        return points;
    }

    /** The points of the fridge's Chart.js chart in the page, as "epochMillis|celsius", and their colours. */
    @SuppressWarnings("unchecked")
    Map<String, List<String>> chartPoints(String fridge) {
        return (Map<String, List<String>>) page.evaluate("""
                fridge => {
                  const chart = Chart.getChart(document.querySelector('figure[data-fridge="' + fridge + '"] canvas'));
                  const line = chart.data.datasets[0];
                  return { points: line.data.map(p => p.x + '|' + p.y),
                           colours: line.pointBackgroundColor.map(String),
                           band: chart.data.datasets.slice(1).map(d => String(d.data[0].y)) };
                }""", fridge);
    }

    @Test
    void theChartIsDrawnFromThePlatformsReadingsForADayAndForAWeek() {
        String fridge = fridge(unique("Chart "));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        reading(fridge, "4.0", now.minus(3, ChronoUnit.DAYS));
        reading(fridge, "5.5", now.minus(5, ChronoUnit.HOURS));
        reading(fridge, "9.2", now.minus(4, ChronoUnit.HOURS));
        reading(fridge, "3.1", now.minus(3, ChronoUnit.HOURS));
        reading(fridge, "1.5", now.minus(2, ChronoUnit.HOURS));
        reading(fridge, "6.0", now.minus(4, ChronoUnit.MINUTES));

        signIn("mark.manager");
        page.navigate(url("/stock/cold-chain"));
        Locator figure = page.locator("figure[data-fridge='" + fridge + "']");
        PlaywrightAssertions.assertThat(figure).hasAttribute("data-drawn", "true");
        PlaywrightAssertions.assertThat(figure).hasAttribute("data-range", "24h");

        Map<String, List<String>> day = chartPoints(fridge);
        List<String> platformDay = platformReadings(fridge, now.minus(24, ChronoUnit.HOURS));
        assertThat(platformDay).hasSize(5);
        assertThat(day.get("points")).isEqualTo(platformDay);
        // the excursion points (9.2 and 1.5 °C) are red, the others not; the band is 2–8 °C
        List<String> colours = day.get("colours");
        assertThat(colours.get(1)).isEqualTo(colours.get(3)).isNotEqualTo(colours.get(0));
        assertThat(List.of(colours.get(0), colours.get(2), colours.get(4))).containsOnly(colours.get(0));
        assertThat(day.get("band")).containsExactly("8", "2");

        Locator row = page.locator("table.fridges tr[data-fridge='" + fridge + "']");
        PlaywrightAssertions.assertThat(row.locator("td.celsius")).hasText("6.0 °C");
        PlaywrightAssertions.assertThat(row).containsText("4 min ago");
        PlaywrightAssertions.assertThat(row).containsText("Cold");

        figure.locator("button[data-range='7d']").click();
        PlaywrightAssertions.assertThat(figure).hasAttribute("data-range", "7d");
        List<String> platformWeek = platformReadings(fridge, now.minus(7, ChronoUnit.DAYS));
        assertThat(platformWeek).hasSize(6);
        assertThat(chartPoints(fridge).get("points")).isEqualTo(platformWeek);
        pictureForReadme("staff-web-cold-chain");

        var bad = context.request().get(url("/stock/cold-chain/fridges/" + fridge + "/readings?range=30d"),
                RequestOptions.create().setHeader("Accept", "application/json"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).contains("\"field\":\"range\"");
    }

    @Test
    void theSensorsOutOfRangeReadingsShowTheQuarantinedVialsOnTheOpenPageWithinFiveSeconds() {
        String name = unique("Warm ");
        String fridge = fridge(name);
        List<String> vials = vialsIn(fridge);

        signIn("mark.manager");
        page.navigate(url("/stock/cold-chain"));
        Locator row = page.locator("table.fridges tr[data-fridge='" + fridge + "']");
        // a new fridge's sensor has said nothing yet
        PlaywrightAssertions.assertThat(row).containsText("Silent");
        PlaywrightAssertions.assertThat(row.locator("td.celsius")).hasText("no reading yet");
        Locator quarantined = page.locator("table.quarantined[data-fridge='" + fridge + "'] tr[data-vial]");
        assertThat(quarantined.count()).isZero();
        AtomicInteger navigations = new AtomicInteger();
        page.onFrameNavigated(frame -> {
            if (frame == page.mainFrame()) {
                navigations.incrementAndGet();
            }
        });

        // warm for 40 minutes: longer than inventory's 30, so the fridge's vials are quarantined
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        reading(fridge, "11.0", now.minus(40, ChronoUnit.MINUTES));
        reading(fridge, "11.5", now.minus(1, ChronoUnit.MINUTES));

        var within = new LocatorAssertions.HasCountOptions().setTimeout(WITHIN_MS);
        PlaywrightAssertions.assertThat(quarantined).hasCount(2, within);
        assertThat(quarantined.evaluateAll("rows => rows.map(r => r.dataset.vial)"))
                .asList().containsExactlyInAnyOrderElementsOf(vials);
        PlaywrightAssertions.assertThat(quarantined.first()).containsText(name);
        PlaywrightAssertions.assertThat(row).containsText("Out of 2–8 °C");
        PlaywrightAssertions.assertThat(row.locator("td.celsius")).hasText("11.5 °C");
        PlaywrightAssertions.assertThat(page.locator("table.quarantined[data-fridge='" + fridge + "'] caption"))
                .containsText("still out of 2–8 °C");
        assertThat(navigations.get()).as("the page was not reloaded").isZero();
    }

    @Test
    void aReleasedVialLeavesTheListAndMayBeUsedAgain() {
        String fridge = fridge(unique("Release "));
        List<String> vials = vialsIn(fridge);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        reading(fridge, "10.0", now.minus(45, ChronoUnit.MINUTES));
        reading(fridge, "10.5", now.minus(2, ChronoUnit.MINUTES));
        assertThat(gateway.get(mark(), "/api/inventory/vials/" + vials.get(0)).json().get("usable").asBoolean())
                .isFalse();
        // back in range: while a fridge is still warm, inventory's watch would quarantine a released vial again
        reading(fridge, "5.0", now.minus(1, ChronoUnit.MINUTES));

        signIn("mark.manager");
        page.navigate(url("/stock/cold-chain"));
        Locator listed = page.locator("table.quarantined[data-fridge='" + fridge + "'] tr[data-vial]");
        PlaywrightAssertions.assertThat(listed).hasCount(2);
        Locator first = page.locator("tr[data-vial='" + vials.get(0) + "']");
        first.getByLabel("Why it may be used").fill("maker's stability data covers 45 min at 10.5 °C");
        first.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Release")).click();

        PlaywrightAssertions.assertThat(page.locator("#cold-live .notice")).containsText("Released");
        PlaywrightAssertions.assertThat(first).hasCount(0);
        PlaywrightAssertions.assertThat(listed).hasCount(1);
        assertThat(listed.getAttribute("data-vial")).isEqualTo(vials.get(1));
        JsonNode released = gateway.get(mark(), "/api/inventory/vials/" + vials.get(0)).json();
        assertThat(released.get("usable").asBoolean()).as(released.toString()).isTrue();
        var quarantined = gateway.get(mark(), "/api/inventory/vials?clinicId=clinic-north&status=QUARANTINED&size=100");
        List<String> ids = new ArrayList<>();
        quarantined.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
        assertThat(ids).contains(vials.get(1)).doesNotContain(vials.get(0));
    }
}
