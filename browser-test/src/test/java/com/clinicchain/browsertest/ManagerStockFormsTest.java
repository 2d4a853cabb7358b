package com.clinicchain.browsertest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.Tokens;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import tools.jackson.databind.JsonNode;

/**
 * The manager's stock forms: a delivery scanned from its carton's GS1 code and the same lot arriving again, bad
 * input answered by inventory beside its field with nothing stored, a clinic's minimum stock, and a transfer between
 * two of mark.manager's clinics (clinic-north and clinic-south) requested, on the road, received. A receptionist may
 * open none of them.
 */
class ManagerStockFormsTest extends BrowserTest {

    static final String BOTOX = ManagerDashboardTest.BOTOX;
    static final String BOTOX_GTIN = "09506000100012";

    private final ApiClient gateway = new ApiClient(platform.gatewayUrl());

    private static String mark() {
        return Tokens.password("mark.manager");
    }

    @Test
    void aDeliveryScannedFromItsCartonIsReceivedIntoItsFridgeAndTheSameLotMayArriveAgain() {
        String fridge = unique("Fridge ");
        var added = gateway.post(mark(), "/api/inventory/fridges", Map.of("clinicId", "clinic-north", "name", fridge));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String lot = unique("GS").toUpperCase();
        LocalDate expiry = LocalDate.now(ZoneOffset.UTC).plusDays(300);
        signIn("mark.manager");
        page.navigate(url("/stock"));
        link(page, "Receive a delivery").click();
        page.getByLabel("Clinic").selectOption("clinic-north");
        button(page, "Show").click();

        // typed first, then the carton scanned: what the code does not say stays as typed
        page.getByLabel("Number of vials").fill("3");
        page.getByLabel("Supplier").fill("Allergan Aesthetics");
        page.getByLabel("Fridge").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(fridge));
        Locator code = page.getByLabel("Scan the carton's code");
        code.fill("(01)" + BOTOX_GTIN + "(17)" + expiry.format(DateTimeFormatter.ofPattern("yyMMdd")) + "(10)" + lot
                + "(21)000123");
        code.press("Enter");

        assertThat(page.locator("#scan-result")).containsText("Read Botox, lot " + lot);
        assertThat(page.getByLabel("Product")).hasValue(BOTOX);
        assertThat(page.getByLabel("Lot number")).hasValue(lot);
        assertThat(page.getByLabel("Expiry date")).hasValue(expiry.toString());
        assertThat(page.getByLabel("Number of vials")).hasValue("3");
        assertThat(page.getByLabel("Supplier")).hasValue("Allergan Aesthetics");
        button(page, "Receive the delivery").click();

        assertThat(page.locator(".notice.saved")).containsText("Received 3 vials of lot " + lot + ", expiring " + expiry
                + ", at clinic-north. They are in " + fridge + ".");
        Locator row = page.locator("#lots tr", new Page.LocatorOptions().setHasText(lot));
        assertThat(row).hasClass(Pattern.compile("\\bjust-received\\b"));
        assertThat(row.locator("td.vials")).hasText("3");
        assertThat(row.locator("td.fridge")).hasText(fridge);

        // the same lot arrives again, typed this time: its vials join the lot
        page.getByLabel("Product").selectOption(BOTOX);
        page.getByLabel("Lot number").fill(lot.toLowerCase());
        page.getByLabel("Expiry date").fill(expiry.toString());
        page.getByLabel("Number of vials").fill("2");
        page.getByLabel("Supplier").fill("Allergan Aesthetics");
        button(page, "Receive the delivery").click();

        assertThat(page.locator(".notice.saved")).containsText("Received 2 vials of lot " + lot);
        assertThat(page.locator("#lots tr", new Page.LocatorOptions().setHasText(lot)).locator("td.vials")).hasText("5");
        pictureForReadme("staff-web-delivery");
    }

    @Test
    void badInputShowsTheServicesMessageBesideItsFieldAndNothingIsStored() {
        String lot = unique("BAD").toUpperCase();
        signIn("mark.manager");
        page.navigate(url("/stock/deliveries?clinicId=clinic-north"));
        page.getByLabel("Product").selectOption(BOTOX);
        page.getByLabel("Lot number").fill(lot);
        page.getByLabel("Expiry date").fill(LocalDate.now(ZoneOffset.UTC).plusDays(200).toString());
        page.getByLabel("Number of vials").fill("0");
        page.getByLabel("Supplier").fill("Allergan Aesthetics");
        var answer = page.waitForResponse(response -> response.url().endsWith("/stock/deliveries")
                && "POST".equals(response.request().method()), () -> button(page, "Receive the delivery").click());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(page.locator("#vialCount-error")).containsText("must be greater than or equal to 1");
        assertThat(page.getByLabel("Number of vials")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Lot number")).hasValue(lot);

        page.getByLabel("Number of vials").fill("2");
        page.getByLabel("Expiry date").fill(LocalDate.now(ZoneOffset.UTC).minusDays(2).toString());
        button(page, "Receive the delivery").click();

        assertThat(page.locator("#expiryDate-error")).containsText("the lot has expired");
        assertThat(page.locator("#vialCount-error")).hasCount(0);
        assertThat(page.locator("#lots")).not().containsText(lot);
        var stored = gateway.get(mark(), "/api/inventory/lots?lotNumber=" + lot);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.json().get("items").size()).as("no lot %s was stored", lot).isZero();
    }

    @Test
    void aMinimumIsSetPerClinicAndProductAndShownWhenTheStockIsUnderIt() {
        ManagerDashboardTest.deliver(gateway, "clinic-south", unique("MIN").toUpperCase());
        signIn("mark.manager");
        page.navigate(url("/stock/thresholds?clinicId=clinic-south"));
        Locator botox = page.locator("#thresholds tr[data-product='" + BOTOX + "']");

        botox.getByLabel("Minimum units of Botox").fill("-5");
        button(botox, "Save").click();
        assertThat(botox.locator(".error")).containsText("must be greater than or equal to 0");
        assertThat(botox.getByLabel("Minimum units of Botox")).hasAttribute("aria-invalid", "true");

        botox.getByLabel("Minimum units of Botox").fill("900000");
        button(botox, "Save").click();
        assertThat(page.locator(".notice.saved")).hasText("The minimum at clinic-south is now 900000 U: the stock"
                + " available is under it.");
        assertThat(botox.locator("td.minimum")).hasText("900000 U, set just now");

        page.reload();
        assertThat(botox).hasClass(Pattern.compile("\\bbelow\\b"));
        assertThat(botox.locator("td.minimum")).hasText("under its minimum of 900000 U");

        // back to no minimum, so that clinic-south's stock is not reported low for the other tests
        botox.getByLabel("Minimum units of Botox").fill("0");
        button(botox, "Save").click();
        assertThat(page.locator(".notice.saved")).containsText("now 0 U; the stock available is above it");
    }

    @Test
    void aTransferIsRequestedDispatchedAndReceivedAndSeenOnTheRoadInBetween() {
        String lot = unique("TR").toUpperCase();
        var delivered = ManagerDashboardTest.deliver(gateway, "clinic-north", lot);
        Set<String> vials = new HashSet<>();
        delivered.json().get("vialIds").forEach(id -> vials.add(id.asString()));
        signIn("mark.manager");
        page.navigate(url("/stock/transfers?clinicId=clinic-north"));

        page.getByLabel("To clinic").selectOption("clinic-south");
        page.getByLabel("Lot").selectOption(delivered.json().get("id").asString());
        page.getByLabel("Number of vials").fill("2");
        button(page, "Request the transfer").click();
        assertThat(page.locator(".notice.saved")).containsText("Requested: 2 sealed vials from clinic-north to"
                + " clinic-south");
        String transfer = transferOf(vials, "REQUESTED");
        Locator requested = page.locator("#requested tr[data-transfer='" + transfer + "']");
        assertThat(requested.locator("td.from")).hasText("clinic-north");
        assertThat(requested.locator("td.to")).hasText("clinic-south");

        button(requested, "Dispatch").click();
        assertThat(page.locator(".notice.saved")).containsText("Dispatched");
        Locator onTheRoad = page.locator("#in-transit tr[data-transfer='" + transfer + "']");
        assertThat(onTheRoad.locator("td.from")).hasText("clinic-north");
        assertThat(onTheRoad.locator("td.to")).hasText("clinic-south");
        assertThat(onTheRoad).containsText("2 vials Botox");
        assertThat(onTheRoad.locator("td.since")).hasText(Pattern.compile("\\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2} \\("
                + "(just now|\\d+ min ago)\\)"));
        assertThat(page.locator("#requested tr[data-transfer='" + transfer + "']")).hasCount(0);
        assertThat(transferOf(vials, "IN_TRANSIT")).isEqualTo(transfer);
        pictureForReadme("staff-web-transfers");

        button(onTheRoad, "Receive").click();
        assertThat(page.locator(".notice.saved")).containsText("Received");
        assertThat(page.locator("#in-transit tr[data-transfer='" + transfer + "']")).hasCount(0);
        var atSouth = gateway.get(mark(), "/api/inventory/lots?clinicId=clinic-south&lotNumber=" + lot);
        assertThat(atSouth.json().get("items").get(0).get("vials").asInt()).isEqualTo(2);

        // on a tablet held upright the page still fits its width: wide tables scroll on their own
        page.setViewportSize(768, 1024);
        for (String path : new String[] {"/stock/transfers", "/stock/deliveries", "/stock/thresholds"}) {
            page.navigate(url(path));
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as(path + " fits 768 px").isTrue();
        }
    }

    @Test
    void aTransferRequestedByMistakeIsCancelledWithAReason() {
        String lot = unique("CX").toUpperCase();
        var delivered = ManagerDashboardTest.deliver(gateway, "clinic-north", lot);
        Set<String> vials = new HashSet<>();
        delivered.json().get("vialIds").forEach(id -> vials.add(id.asString()));
        signIn("mark.manager");
        page.navigate(url("/stock/transfers?clinicId=clinic-north"));
        page.getByLabel("To clinic").selectOption("clinic-south");
        page.getByLabel("Lot").selectOption(delivered.json().get("id").asString());

        page.getByLabel("Number of vials").fill("3");
        button(page, "Request the transfer").click();
        assertThat(page.locator("#vials-error")).hasText("only 2 sealed vials of this lot are on the shelf");

        page.getByLabel("Number of vials").fill("1");
        button(page, "Request the transfer").click();
        String transfer = transferOf(vials, "REQUESTED");
        Locator requested = page.locator("#requested tr[data-transfer='" + transfer + "']");
        requested.getByLabel("Reason for cancelling").fill("sent by mistake");
        button(requested, "Cancel").click();

        assertThat(page.locator(".notice.saved")).hasText("Cancelled.");
        assertThat(page.locator("tr[data-transfer='" + transfer + "']")).hasCount(0);
        var cancelled = gateway.get(mark(), "/api/inventory/transfers/" + transfer);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("cancelReason").asString()).isEqualTo("sent by mistake");
    }

    @Test
    void aReceptionistMayOpenNoneOfTheStockForms() {
        signIn("rita.reception");

        for (String path : new String[] {"/stock/deliveries", "/stock/transfers", "/stock/thresholds"}) {
            var response = page.navigate(url(path));
            assertThat(response.status()).as(path).isEqualTo(403);
            assertThat(page.locator(".banner").textContent()).as(path).contains("Your role may not open this page");
            assertThat(page.locator("form[action$='" + path + "']")).hasCount(0);
        }
    }

    /** The transfer of these vials in that status, as inventory answers mark.manager. */
    private String transferOf(Set<String> vials, String status) {
        var answer = gateway.get(mark(), "/api/inventory/transfers?status=" + status + "&size=100");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        for (JsonNode transfer : answer.json().get("items")) {
            Set<String> ids = new HashSet<>();
            transfer.get("vialIds").forEach(id -> ids.add(id.asString()));
            if (vials.containsAll(ids)) {
                return transfer.get("id").asString();
            }
        }
        throw new AssertionError("no " + status + " transfer of vials " + vials + " in " + answer);
    }

    private static Locator button(Page in, String name) {
        return in.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private static Locator button(Locator in, String name) {
        return in.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name));
    }

    private static Locator link(Page in, String name) {
        return in.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
    }
}
