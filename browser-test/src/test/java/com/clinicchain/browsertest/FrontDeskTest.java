package com.clinicchain.browsertest;

import com.clinicchain.testsupport.DemoProducts;
import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.Tokens;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

/** The receptionist's screens: register a patient, find them, the duplicate and stale-edit answers. */
class FrontDeskTest extends BrowserTest {

    private static final Random RANDOM = new Random();

    @BeforeEach
    void receptionist() {
        signIn("rita.reception");
    }

    private void fillRegistration(Page on, String given, String family, String dateOfBirth) {
        on.navigate(url("/patients/new"));
        on.getByLabel("Given name").fill(given);
        on.getByLabel("Family name").fill(family);
        on.getByLabel("Date of birth").fill(dateOfBirth);
        on.getByLabel("Sex").selectOption("FEMALE");
        // the service takes the same date of birth and phone for the same person: each patient gets their own phone
        on.getByLabel("Phone").fill("+47 9" + (10_000_000 + RANDOM.nextInt(89_999_999)));
        on.getByLabel("Street line 1").fill("Storgata 1");
        on.getByLabel("Postal code").fill("0155");
        on.getByLabel("City").fill("Oslo");
        on.getByLabel("Country (two letters, e.g. NO, GB)").fill("NO");
        on.getByLabel("Home clinic").selectOption("clinic-north");
    }

    private void register(String given, String family, String dateOfBirth) {
        fillRegistration(page, given, family, dateOfBirth);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Register").setExact(true)).click();
    }

    @Test
    void aReceptionistRegistersAPatientAndFindsThemBySearch() {
        String family = unique("Halvorsen");
        register("Ingrid", family, "1984-03-02");

        assertThat(page.locator("h1").textContent()).isEqualTo("Ingrid " + family);
        assertThat(page.locator(".notice.saved").textContent()).contains("Registered");

        page.navigate(url("/patients"));
        // typed as a person would, name in the other order: the results follow as you type
        page.getByLabel("Find a patient").pressSequentially(family + " ingrid");
        // the page first lists every patient, this one among them: wait for the list of what was typed
        PlaywrightAssertions.assertThat(page.locator("#results tbody tr")).hasCount(1);
        assertThat(page.locator("#results a").textContent()).isEqualTo(family + ", Ingrid");
        pictureForReadme("staff-web-find-a-patient");

        page.locator("#results a").first().click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Ingrid " + family);
    }

    @Test
    void aPossibleDuplicateIsNamedAndCanBeConfirmedAsSomeoneElse() {
        String family = unique("Berg");
        register("Kari", family, "1979-11-23");
        String firstRecord = page.url().replaceFirst("\\?.*", "");

        register("Kari", family, "1979-11-23");

        String notice = page.locator(".duplicate").textContent().replaceAll("\\s+", " ");
        assertThat(notice).contains("This may be Kari " + family + ", born 1979-11-23")
                .contains("open that record, or confirm it is a different person");
        pictureForReadme("staff-web-register-duplicate");
        assertThat(page.locator(".duplicate a").getAttribute("href")).isEqualTo(firstRecord.substring(
                platform.staffWebUrl().length()));

        page.getByText("It is a different person: register").click();
        assertThat(page.locator(".notice.saved").textContent()).contains("Registered");
        assertThat(page.url()).doesNotStartWith(firstRecord);
    }

    @Test
    void theServicesFieldErrorsAreShownNextToTheirFields() {
        fillRegistration(page, "Ola", unique("Nordmann"), "1990-01-01");
        page.getByLabel("Phone").fill("call me");
        page.getByLabel("Email").fill("ola at example");
        page.getByText("Register", new Page.GetByTextOptions().setExact(true)).click();

        assertThat(page.locator("#phone ~ .error").textContent()).isEqualTo("must be a phone number");
        assertThat(page.locator("#email ~ .error").textContent()).contains("email address");
        assertThat(page.getByLabel("Phone").inputValue()).as("what was typed stays").isEqualTo("call me");
        pictureForReadme("staff-web-register-field-errors");
    }

    @Test
    void aStaleEditSaysSomeoneElseChangedTheRecord() {
        register("Astrid", unique("Lund"), "1992-05-17");
        String record = page.url();
        Page other = context.newPage();
        other.navigate(record);

        page.getByLabel("Phone").fill("+47 400 00 001");
        page.getByText("Save", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".notice.saved").textContent()).contains("Saved");

        other.getByLabel("Phone").fill("+47 400 00 002");
        other.getByText("Save", new Page.GetByTextOptions().setExact(true)).click();

        assertThat(other.locator(".stale").textContent()).contains("Someone else changed this record");
        other.getByText("Reload the record").click();
        assertThat(other.getByLabel("Phone").inputValue()).as("the other change, as the service keeps it")
                .isEqualTo("+4740000001");
    }

    @Test
    void aRefusedBookingShowsItsReasonsAndABookedSessionIsOnTheDaysSchedule() {
        String family = unique("Dahl");
        register("Sigrid", family, "1988-08-08");
        String patientId = page.url().replaceFirst(".*/patients/([0-9a-f-]{36}).*", "$1");

        page.getByText("Book a session").click();
        page.getByLabel("Glabellar lines").check();
        page.getByLabel("Time (the clinic's)").fill("10:30");
        page.getByText("Book", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".refused").textContent().replaceAll("\\s+", " "))
                .contains("This session may not be booked")
                .contains("no valid, unwithdrawn treatment consent");
        pictureForReadme("staff-web-booking-refused");

        var consent = new ApiClient(platform.gatewayUrl()).post(Tokens.password("nina.nurse"),
                "/api/patients/" + patientId + "/consents", Map.of("type", "TREATMENT_BOTULINUM_TOXIN",
                        "templateVersion", 1, "method", "IN_CLINIC",
                        "signedAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).toString()));
        assertThat(consent.status()).as(consent.toString()).isEqualTo(201);

        // the treatment service learns of the consent through Kafka; the form keeps what was typed meanwhile
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            page.getByText("Book", new Page.GetByTextOptions().setExact(true)).click();
            page.waitForLoadState();
            return page.url().contains("/schedule");
        });
        assertThat(page.locator(".notice.saved").textContent()).contains("Booked");
        assertThat(page.locator("tr.just-booked").textContent()).contains("Sigrid " + family).contains("10:30")
                .contains("booked");

        page.navigate(url("/patients/" + patientId));
        assertThat(page.locator("tr.consent[data-type=TREATMENT_BOTULINUM_TOXIN]").textContent()
                .replaceAll("\\s+", " ")).contains("Treatment (botulinum toxin) valid")
                .contains("in clinic, witnessed by nina.nurse").contains("no end date");
        assertThat(page.locator("tr.consent[data-type=MARKETING] .consent-status").textContent()).isEqualTo("never given");

        assertThat(page.locator("table.upcoming tbody tr").textContent().replaceAll("\\s+", " "))
                .contains("10:30").contains("clinic-north").contains("Glabellar lines 20 U").contains("booked");
        assertThat(page.locator("table.past").count()).as("nothing given yet").isZero();
        pictureForReadme("staff-web-patient");

        // the paperwork consents are the front desk's: recorded, then withdrawn, which needs a reason
        page.getByText("Record marketing consent").click();
        assertThat(page.locator(".consents .notice.saved").textContent()).isEqualTo("Consent recorded.");
        assertThat(page.locator("tr.consent[data-type=MARKETING]").textContent()).contains("witnessed by rita.reception");
        page.getByText("Withdraw marketing consent").click();
        assertThat(page.locator(".consents .banner").textContent()).startsWith("Reason ");
        assertThat(page.locator("tr.consent[data-type=MARKETING] .consent-status").textContent()).isEqualTo("valid");
        page.getByLabel("Reason for withdrawing").fill("no more newsletters, thank you");
        page.getByText("Withdraw marketing consent").click();
        assertThat(page.locator(".consents .notice.saved").textContent()).isEqualTo("Consent withdrawn.");
        assertThat(page.locator("tr.consent[data-type=MARKETING]").textContent()).contains("withdrawn")
                .contains("no more newsletters, thank you");
    }

    @Test
    void theFrontDeskChecksInAndCancelsFromTheDaysSchedule() {
        ApiClient gateway = new ApiClient(platform.gatewayUrl());
        String family = unique("Moe");
        var registered = gateway.post(Tokens.password("rita.reception"), "/api/patients", Map.of("givenName", "Tone",
                "familyName", family, "dateOfBirth", "1991-04-04", "sex", "FEMALE", "homeClinicId", "clinic-north"));
        String patientId = registered.json().get("id").asString();
        gateway.post(Tokens.password("nina.nurse"), "/api/patients/" + patientId + "/consents", Map.of("type",
                "TREATMENT_BOTULINUM_TOXIN", "templateVersion", 1, "method", "IN_CLINIC",
                "signedAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).toString()));
        LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(3 + RANDOM.nextInt(200));
        Map<String, Object> booking = Map.of("patientId", patientId, "clinicId", "clinic-north",
                "productId", DemoProducts.BOTOX_ID, "startsAt", day.atTime(9, 0)
                        .atZone(ZoneId.of("Europe/London")).toOffsetDateTime().toString(),
                "areas", List.of(Map.of("area", "GLABELLAR_LINES"), Map.of("area", "FOREHEAD_LINES")));
        String token = Tokens.password("rita.reception");
        // the treatment service hears of the consent through Kafka
        await().atMost(Duration.ofSeconds(30)).until(() -> gateway.post(token, "/api/sessions", booking).status() == 201);

        page.navigate(url("/schedule?clinicId=clinic-north&date=" + day));
        // the patient's name comes from the day's one batch read, the areas from the session list
        Locator row = page.locator("tbody tr", new Page.LocatorOptions().setHasText("Tone " + family));
        assertThat(row.locator(".areas").textContent()).isEqualTo("Forehead lines 20 U, Glabellar lines 20 U");
        pictureForReadme("staff-web-schedule");
        row.getByText("Check in").click();
        assertThat(page.locator(".notice.saved").textContent()).isEqualTo("Checked in.");
        assertThat(row.locator(".status").first().textContent()).isEqualTo("checked in");
        assertThat(row.getByText("No-show").count()).as("a checked-in patient came").isZero();

        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();
        assertThat(page.locator(".refused").textContent()).isEqualTo("Reason must not be blank");
        assertThat(row.locator(".status").first().textContent()).isEqualTo("checked in");

        row.getByLabel("Reason to cancel").fill("the patient feels unwell");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();
        assertThat(page.locator(".notice.saved").textContent()).isEqualTo("Cancelled.");
        assertThat(row.locator(".status").first().textContent()).isEqualTo("cancelled");
        assertThat(row.locator("form").count()).as("nothing more to do at the desk").isZero();

        row.getByText("Tone " + family).click();
        assertThat(page.locator("table.past tbody tr").textContent().replaceAll("\\s+", " "))
                .contains("cancelled (the patient feels unwell)");
        assertThat(page.getByText("No session booked.").isVisible()).isTrue();
    }
}
