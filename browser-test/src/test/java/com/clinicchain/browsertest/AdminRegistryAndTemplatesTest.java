package com.clinicchain.browsertest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.Tokens;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The admin publishes a new version of a consent wording and reads the registry's clinics and practitioners. */
class AdminRegistryAndTemplatesTest extends BrowserTest {

    private static final ApiClient gateway = new ApiClient(platform.gatewayUrl());

    @Test
    void theAdminPublishesANewPhotographyWordingAndTheFormerOneIsKeptBelow() {
        String alice = Tokens.password("alice.admin");
        int before = 0;
        for (var template : gateway.get(alice, "/api/consent-templates?type=PHOTOGRAPHY").json()) {
            before = Math.max(before, template.get("version").asInt());
        }
        String wording = unique("Photos of the treated areas are taken before and after, version ");
        signIn("alice.admin");
        page.navigate(url("/admin/consent-templates"));

        page.getByLabel("Type").selectOption("PHOTOGRAPHY");
        page.getByLabel("Wording").fill(wording);
        page.getByText("Publish", new Page.GetByTextOptions().setExact(true)).click();

        assertThat(page.locator(".notice.saved").textContent())
                .isEqualTo("Published version " + (before + 1) + " of Photography.");
        Locator photography = page.locator("section.template-type[data-type=PHOTOGRAPHY]");
        assertThat(photography.locator(".current .version").textContent()).isEqualTo(String.valueOf(before + 1));
        assertThat(photography.locator(".current .wording").textContent()).isEqualTo(wording);
        assertThat(photography.locator(".older .version").allTextContents()).as("the older versions, newest first")
                .first().isEqualTo(String.valueOf(before));

        // an empty wording is refused beside its input, and nothing is published
        page.getByLabel("Type").selectOption("MARKETING");
        page.getByText("Publish", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#template-body-error").textContent()).isNotBlank();
    }

    @Test
    void theRegistryShowsEachClinicsTimeZoneAndWhoWorksThere() {
        var north = gateway.get(Tokens.password("alice.admin"), "/api/clinics/clinic-north").json();
        signIn("alice.admin");
        page.navigate(url("/admin/registry"));

        Locator row = page.locator("table.registry tr[data-clinic=clinic-north]");
        assertThat(row.locator(".zone").textContent()).isEqualTo(north.get("timeZone").asString());
        assertThat(row.locator(".practitioners li[data-username='nina.nurse']").count()).isEqualTo(1);
        assertThat(page.locator("table.registry tr[data-clinic=clinic-south] li[data-username='nina.nurse']").count())
                .as("nina works at clinic-north only").isZero();
    }
}
