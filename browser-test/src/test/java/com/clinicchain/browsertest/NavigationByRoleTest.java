package com.clinicchain.browsertest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Each role sees the sections it may use, and the server refuses the others even when typed into the address bar. */
class NavigationByRoleTest extends BrowserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "rita.reception; Patients,Schedule",
            "nina.nurse; Patients,Schedule,Follow-ups",
            "mark.manager; Patients,Schedule,Follow-ups,Stock,Cold chain,Reports",
            "alice.admin; Patients,Schedule,Follow-ups,Stock,Cold chain,Reports,Admin"})
    void eachRoleSeesItsNavigationAndNoMore(String username, String sections) {
        signIn(username);

        assertThat(page.locator("nav[aria-label=Sections] a").allTextContents())
                .isEqualTo(List.of(sections.split(",")));
    }

    @Test
    void aReceptionistCannotOpenTheStockPage() {
        signIn("rita.reception");

        var response = page.navigate(url("/stock"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator(".banner").textContent()).contains("Your role may not open this page");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"rita.reception", "nina.nurse", "mark.manager"})
    void onlyAnAdminMayOpenTheAdminPages(String username) {
        signIn(username);

        for (String path : List.of("/admin", "/admin/recalls?lotNumber=L1", "/admin/recalls/exposed.csv?lotNumber=L1",
                "/admin/patients/" + java.util.UUID.randomUUID(), "/admin/dead-letters")) {
            var response = page.navigate(url(path));
            assertThat(response.status()).as(path).isEqualTo(403);
            assertThat(page.locator(".banner").textContent()).contains("Your role may not open this page");
        }
    }

    @Test
    void anAdminOpensTheAdminPages() {
        signIn("alice.admin");

        for (String path : List.of("/admin", "/admin/recalls", "/admin/dead-letters")) {
            assertThat(page.navigate(url(path)).status()).as(path).isEqualTo(200);
        }
        assertThat(page.locator("table.dead-letters, p.notice").first().textContent()).isNotBlank();
        assertThat(page.locator(".banner").count()).as("every service answers through the gateway").isZero();
    }

    @Test
    void aReceptionistCannotOpenTheTreatmentRoom() {
        signIn("rita.reception");

        var response = page.navigate(url("/room/sessions/" + java.util.UUID.randomUUID()));

        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator(".banner").textContent()).contains("Your role may not open this page");
    }
}
