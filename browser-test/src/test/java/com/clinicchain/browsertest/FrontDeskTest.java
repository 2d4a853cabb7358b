package com.clinicchain.browsertest;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.Tokens;
import com.microsoft.playwright.Page;

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
        page.locator("#results a", new Page.LocatorOptions().setHasText(family + ", Ingrid")).waitFor();
        assertThat(page.locator("#results tbody tr").count()).isEqualTo(1);

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
    }
}
