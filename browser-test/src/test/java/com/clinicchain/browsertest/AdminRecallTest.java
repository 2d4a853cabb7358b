package com.clinicchain.browsertest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.Tokens;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * The chain admin recalls a lot: two patients were treated with it and a third with another lot, all through the
 * gateway as the clinic would; the exposed-patients list names exactly the two, each gets a recall-contact follow-up
 * (opened by the treatment service when it hears of the recall), one is marked contacted, and the regulator's CSV holds
 * the same rows as the page.
 */
class AdminRecallTest extends BrowserTest {

    private static final ApiClient gateway = new ApiClient(platform.gatewayUrl());
    private static final Random RANDOM = new Random();

    record Treated(String patientId, String familyName, String sessionId) {
    }

    /** A patient registered with a phone, screened, consenting, booked at clinic-north and treated with the vial. */
    private static Treated treatedWith(String vialId, int units) {
        String familyName = unique("Recall");
        var patient = gateway.post(Tokens.password("rita.reception"), "/api/patients", Map.of("givenName", "Ada",
                "familyName", familyName, "dateOfBirth", "1979-04-0" + (1 + RANDOM.nextInt(9)), "sex", "FEMALE",
                "homeClinicId", "clinic-north", "phone", "+4791" + (100000 + RANDOM.nextInt(899999))));
        assertThat(patient.status()).as(patient.toString()).isEqualTo(201);
        String patientId = patient.json().get("id").asString();
        String nina = Tokens.password("nina.nurse");
        assertThat(gateway.post(nina, "/api/patients/" + patientId + "/screenings",
                Map.of("conditions", List.of(), "medications", List.of())).status()).isEqualTo(201);
        assertThat(gateway.post(nina, "/api/patients/" + patientId + "/consents", Map.of("type",
                "TREATMENT_BOTULINUM_TOXIN", "templateVersion", 1, "method", "IN_CLINIC",
                "signedAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).toString())).status()).isEqualTo(201);
        OffsetDateTime startsAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS)
                .plusMinutes(60 + 5L * RANDOM.nextInt(200));
        Map<String, Object> booking = Map.of("patientId", patientId, "clinicId", "clinic-north", "productId",
                TreatmentRoomTest.BOTOX, "startsAt", startsAt.toString(),
                "areas", List.of(Map.of("area", "GLABELLAR_LINES")));
        String rita = Tokens.password("rita.reception");
        // the treatment service hears of the consent through Kafka
        await().atMost(Duration.ofSeconds(30)).until(() -> gateway.post(rita, "/api/sessions", booking).status() == 201);
        String sessionId = gateway.get(rita, "/api/sessions/history?patientId=" + patientId).json().get("upcoming")
                .get(0).get("id").asString();
        assertThat(gateway.post(nina, "/api/sessions/" + sessionId + "/check-in", Map.of()).status()).isEqualTo(200);
        assertThat(gateway.post(nina, "/api/sessions/" + sessionId + "/start", Map.of()).status()).isEqualTo(200);
        Map<String, Object> chart = Map.of("injections", List.of(Map.of("area", "GLABELLAR_LINES", "units", units,
                "points", 5, "vialId", vialId)));
        // ... and of the vial's reconstitution and the screening
        await().atMost(Duration.ofSeconds(30)).until(() -> gateway.post(nina, "/api/sessions/" + sessionId
                + "/complete", chart).status() == 200);
        return new Treated(patientId, familyName, sessionId);
    }

    /** A delivered lot's first vial, reconstituted; with {@code fridge}, the lot is put in that fridge first. */
    private static String reconstitutedVial(String lot, String fridge) {
        var delivered = TreatmentRoomTest.deliver(lot);
        String vialId = delivered.json().get("vialIds").get(0).asString();
        if (fridge != null) {
            var placed = gateway.post(Tokens.password("mark.manager"), "/api/inventory/fridges/" + fridge + "/lots",
                    Map.of("lotId", delivered.json().get("id").asString()));
            assertThat(placed.status()).as(placed.toString()).isEqualTo(200);
        }
        var reconstituted = gateway.post(Tokens.password("nina.nurse"), "/api/inventory/vials/" + vialId
                + "/reconstitute", Map.of("salineMl", 2.5));
        assertThat(reconstituted.status()).as(reconstituted.toString()).isEqualTo(200);
        return vialId;
    }

    /** A cell of the CSV as a spreadsheet shows it: the apostrophe that guards a leading sign is not part of it. */
    private static String unguarded(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }

    @Test
    void theAdminRecallsALotAndTheExposedPatientsAreExactlyThoseTreatedWithItAndTheCsvHoldsTheSameRows()
            throws Exception {
        String lot = unique("RCL").toUpperCase();
        String fridgeName = unique("Fridge ");
        var fridge = gateway.post(Tokens.password("mark.manager"), "/api/inventory/fridges",
                Map.of("clinicId", "clinic-north", "name", fridgeName));
        assertThat(fridge.status()).as(fridge.toString()).isEqualTo(201);
        String vial = reconstitutedVial(lot, fridge.json().get("id").asString());
        String otherVial = reconstitutedVial(unique("OTH").toUpperCase(), null);
        Treated first = treatedWith(vial, 20);
        Treated second = treatedWith(vial, 24);
        Treated elsewhere = treatedWith(otherVial, 20);

        signIn("alice.admin");
        page.locator("nav[aria-label=Sections]").getByText("Admin", new Locator.GetByTextOptions().setExact(true))
                .click();
        page.getByText("Recall a lot", new Page.GetByTextOptions().setExact(true)).click();
        page.getByLabel("Lot number", new Page.GetByLabelOptions().setExact(true)).fill(lot.toLowerCase());
        page.getByText("Find", new Page.GetByTextOptions().setExact(true)).click();

        Locator north = page.locator("table.lot-locations tr[data-clinic=clinic-north]");
        assertThat(north.textContent()).contains("In use").contains(fridgeName).doesNotContain("Recalled");
        assertThat(north.locator("td").nth(4).textContent()).as("vials on the shelf").isEqualTo("2");

        // a confirmation that is not the lot number recalls nothing
        page.getByLabel("Reason (the manufacturer's notice)").fill("Manufacturer notice MN-2026-14");
        page.getByLabel("Type the lot number to confirm").fill(lot + "X");
        page.locator("form.recall button").click();
        assertThat(page.locator(".banner").first().textContent()).contains("is not the lot number");
        assertThat(gateway.get(Tokens.password("alice.admin"), "/api/inventory/lots?lotNumber=" + lot).json()
                .get("items").get(0).get("status").asString()).isEqualTo("USABLE");

        page.getByLabel("Reason (the manufacturer's notice)").fill("Manufacturer notice MN-2026-14");
        page.getByLabel("Type the lot number to confirm").fill(" " + lot.toLowerCase() + " ");
        page.locator("form.recall button").click();

        assertThat(page.locator(".notice.saved").first().textContent()).contains("is recalled");
        assertThat(north.textContent()).contains("Recalled").contains("Manufacturer notice MN-2026-14");
        Locator rows = page.locator("table.exposed-patients tbody tr");
        assertThat(rows.evaluateAll("rows => rows.map(r => r.dataset.patient)"))
                .as("exactly the patients treated with the lot")
                .isEqualTo(List.of(first.patientId(), second.patientId()));
        assertThat(page.locator("table.exposed-patients").textContent()).doesNotContain(elsewhere.familyName());

        // the treatment service opens the follow-ups when the recall reaches it through Kafka; the page asks again
        PlaywrightAssertions.assertThat(page.locator("section#exposed[data-wait=NOTHING_TO_WAIT_FOR]"))
                .hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(60_000));
        assertThat(rows.locator("form button").allTextContents()).containsExactly("Contacted", "Contacted");
        Locator firstRow = page.locator("table.exposed-patients tr[data-session='" + first.sessionId() + "']");
        assertThat(firstRow.textContent()).contains(first.familyName()).contains("20").contains("to contact by")
                .contains("+4791");
        assertThat(page.locator("table.exposed-patients tr[data-session='" + second.sessionId() + "'] td").nth(8)
                .textContent()).isEqualTo("24");
        pictureForReadme("staff-web-recall");

        firstRow.getByLabel("Note").fill("Called, review booked");
        firstRow.getByText("Contacted").click();
        assertThat(page.locator(".notice.saved").first().textContent()).isEqualTo("Marked contacted.");
        assertThat(firstRow.locator("td").nth(10).textContent()).isEqualTo("contacted");
        assertThat(firstRow.locator("form").count()).as("no second marking").isZero();

        List<List<String>> onPage = new ArrayList<>();
        for (Locator row : rows.all()) {
            List<String> cells = row.locator("td").allTextContents();
            onPage.add(cells.subList(0, cells.size() - 1));
        }
        List<String> headers = page.locator("table.exposed-patients thead th").allTextContents();
        Download download = page.waitForDownload(() -> page.getByText("Download as CSV").click());
        assertThat(download.suggestedFilename()).isEqualTo("recall-" + lot + "-exposed-patients.csv");
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        List<String> lines = Arrays.asList(csv.split("\r\n"));
        assertThat(csv).as("no cell here needs quoting").doesNotContain("\"").endsWith("\r\n");
        assertThat(lines.get(0)).isEqualTo(String.join(",", headers.subList(0, headers.size() - 1)));
        List<List<String>> inCsv = lines.subList(1, lines.size()).stream()
                .map(line -> Arrays.stream(line.split(",", -1)).map(AdminRecallTest::unguarded).toList()).toList();
        assertThat(inCsv).isEqualTo(onPage);
        assertThat(lines.get(1)).as("a phone number cannot start a formula").contains(",'+4791");
        Set<String> sessions = inCsv.stream().map(cells -> cells.get(6)).collect(Collectors.toSet());
        assertThat(sessions).containsExactlyInAnyOrder(first.sessionId(), second.sessionId());
    }

    @Test
    void aManagerCannotOpenTheRecallsAndTheCsvIsRefusedToo() {
        signIn("mark.manager");

        assertThat(page.navigate(url("/admin/recalls")).status()).isEqualTo(403);
        assertThat(page.navigate(url("/admin/recalls/exposed.csv?lotNumber=L1")).status()).isEqualTo(403);
    }
}
