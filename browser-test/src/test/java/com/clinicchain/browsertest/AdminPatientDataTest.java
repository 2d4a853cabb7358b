package com.clinicchain.browsertest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.Tokens;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The chain admin answers a patient's GDPR requests from the patient's page: the access log (allowed and denied,
 * paged), the export as a download, and erasure confirmed by typing the record number, after which the page says
 * what was kept and why.
 */
class AdminPatientDataTest extends BrowserTest {

    private static final ApiClient gateway = new ApiClient(platform.gatewayUrl());

    @Test
    void theAdminReadsTheAccessLogDownloadsTheExportAndErasesThePatient() throws Exception {
        String familyName = unique("Gdpr");
        String rita = Tokens.password("rita.reception");
        var registered = gateway.post(rita, "/api/patients", Map.of("givenName", "Eva", "familyName", familyName,
                "dateOfBirth", "1981-07-15", "sex", "FEMALE", "homeClinicId", "clinic-north",
                "phone", "+4790011223", "email", "eva@example.org"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.json().get("id").asString();
        String mrn = registered.json().get("medicalRecordNumber").asString();
        // 21 reads by the front desk and one refused export by a nurse: more than a page of the log
        for (int read = 0; read < 21; read++) {
            assertThat(gateway.get(rita, "/api/patients/" + id).status()).isEqualTo(200);
        }
        assertThat(gateway.get(Tokens.password("nina.nurse"), "/api/patients/" + id + "/export").status())
                .isEqualTo(403);

        signIn("alice.admin");
        page.navigate(url("/patients/" + id));
        page.locator("a.admin-link").click();
        assertThat(page.locator("h1").textContent()).contains(familyName);

        Locator entries = page.locator("table.access-log tbody tr");
        assertThat(entries.count()).as("a page of 20").isEqualTo(20);
        assertThat(entries.first().textContent()).contains("rita.reception").contains("REGISTER").contains("ALLOWED");
        page.getByText("Later", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("table.access-log").textContent()).contains("nina.nurse");
        Locator denied = page.locator("table.access-log tr.denied");
        assertThat(denied.count()).isEqualTo(1);
        assertThat(denied.textContent()).contains("nina.nurse").contains("EXPORT").contains("DENIED");

        Download download = page.waitForDownload(() -> page.getByText("Download everything held (JSON)").click());
        String export = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(download.suggestedFilename()).isEqualTo("patient-" + id + "-export.json");
        assertThat(export).contains(familyName).contains("eva@example.org").contains("accessLog");

        // a confirmation that is not the record number erases nothing
        page.getByLabel("Type the record number").fill(familyName);
        page.locator("form.erase button").click();
        assertThat(page.locator(".banner").first().textContent()).contains("is not the patient's record number");
        assertThat(gateway.get(rita, "/api/patients/" + id).json().get("erased").asBoolean()).isFalse();

        page.getByLabel("Type the record number").fill(mrn.toLowerCase());
        page.locator("form.erase button").click();

        Locator kept = page.locator("section.erasure table.kept tbody tr");
        List<String> keptRows = kept.all().stream()
                .map(row -> String.join(" ", row.locator("td").allTextContents()).replaceAll("\\s+", " ").strip())
                .toList();
        assertThat(keptRows)
                .anySatisfy(row -> assertThat(row).startsWith("Record number " + mrn).contains("treatment records"))
                .anySatisfy(row -> assertThat(row).startsWith("Date of birth 1981-01-01").contains("only the year"));
        assertThat(page.locator("section.erasure .removed").textContent()).contains("Phone").contains("Email");
        assertThat(page.locator("main").textContent()).doesNotContain("eva@example.org").doesNotContain("+4790011223");
        assertThat(page.locator("form.erase").count()).as("no second erasure").isZero();
        pictureForReadme("staff-web-patient-erased");
        var after = gateway.get(Tokens.password("alice.admin"), "/api/patients/" + id).json();
        assertThat(after.get("erased").asBoolean()).isTrue();
        assertThat(after.get("familyName").asString()).isNotEqualTo(familyName);
    }

    @Test
    void theFrontDeskSeesNoLinkAndCannotOpenThePatientsData() {
        var registered = gateway.post(Tokens.password("rita.reception"), "/api/patients", Map.of("givenName", "Eva",
                "familyName", unique("Gdpr"), "dateOfBirth", "1981-07-15", "sex", "FEMALE",
                "homeClinicId", "clinic-north"));
        String id = registered.json().get("id").asString();
        signIn("rita.reception");

        page.navigate(url("/patients/" + id));
        assertThat(page.locator("a.admin-link").count()).isZero();
        for (String path : List.of("/admin/patients/" + id, "/admin/patients/" + id + "/export")) {
            assertThat(page.navigate(url(path)).status()).as(path).isEqualTo(403);
        }
    }
}
