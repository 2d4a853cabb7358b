package com.clinicchain.browsertest;

import com.clinicchain.testsupport.DemoProducts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.Tokens;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.RequestOptions;

/**
 * The manager's reports (issue 14): every table's CSV holds exactly the rows the page shows, and a manager of one
 * clinic sees nothing of a clinic outside their token, neither on the page nor in a CSV, even when asking for it.
 */
class ManagerReportsTest extends BrowserTest {

    static final String BOTOX = DemoProducts.BOTOX_ID;

    private final ApiClient gateway = new ApiClient(platform.gatewayUrl());

    /** A vial delivered to the clinic by mark.manager (north and south) and thrown away at once: waste there. */
    void dropAVialAt(String clinicId) {
        String mark = Tokens.password("mark.manager");
        var lot = gateway.post(mark, "/api/inventory/lots", Map.of("productId", BOTOX,
                "lotNumber", unique("WASTE").toUpperCase(),
                "expiryDate", LocalDate.now(ZoneOffset.UTC).plusDays(300).toString(),
                "supplier", "Allergan Aesthetics", "clinicId", clinicId, "vialCount", 1));
        assertThat(lot.status()).as(lot.toString()).isEqualTo(201);
        var discarded = gateway.post(mark, "/api/inventory/vials/" + lot.json().get("vialIds").get(0).asString()
                + "/discard", Map.of("reason", "DROPPED"));
        assertThat(discarded.status()).as(discarded.toString()).isEqualTo(200);
    }

    /** RFC 4180, as the application writes it: quoted cells may hold commas, quotes and line breaks. */
    static List<List<String>> parseCsv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    static List<List<String>> tableRows(Locator table) {
        if (table.count() == 0) {
            return List.of();
        }
        return (List<List<String>>) table.evaluate(
                "t => Array.from(t.querySelectorAll('tbody tr')).map(r => Array.from(r.cells).map(c => c.textContent))");
    }

    @SuppressWarnings("unchecked")
    static List<String> headers(Locator section) {
        return (List<String>) section.evaluate(
                "s => Array.from(s.querySelectorAll('thead th')).map(c => c.textContent)");
    }

    @Test
    void aManagerOfOneClinicSeesNothingOfAnotherAndEachCsvHoldsTheRowsOfItsTable() {
        dropAVialAt("clinic-north");
        dropAVialAt("clinic-south");
        // the platform has waste at clinic-south for those who may see it
        var all = gateway.get(Tokens.password("mark.manager"), "/api/inventory/reports/waste");
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.json().get("lines").toString()).contains("clinic-south");

        // mona.manager manages clinic-north only
        signIn("mona.manager");
        var shown = page.navigate(url("/stock/reports"));
        assertThat(shown.status()).isEqualTo(200);
        assertThat(page.locator("main").textContent()).doesNotContain("clinic-south");
        assertThat(tableRows(page.locator("table#waste"))).isNotEmpty()
                .allSatisfy(row -> assertThat(row.get(0)).isEqualTo("clinic-north"))
                .anySatisfy(row -> assertThat(row).contains("DROPPED"));

        Locator sections = page.locator("section.report");
        assertThat(sections.count()).isEqualTo(6);
        for (int i = 0; i < sections.count(); i++) {
            Locator section = sections.nth(i);
            String id = section.getAttribute("data-table");
            String href = section.locator("a.download").getAttribute("href");
            var download = context.request().get(url(href));
            assertThat(download.status()).as(href).isEqualTo(200);
            assertThat(download.headers().get("content-type")).as(href).startsWith("text/csv");
            List<List<String>> csv = parseCsv(download.text());
            assertThat(download.text()).as(href).doesNotContain("clinic-south");
            List<List<String>> rows = tableRows(section.locator("table#" + id));
            if (!rows.isEmpty()) {
                assertThat(csv.get(0)).as(id + " header").isEqualTo(headers(section));
            }
            assertThat(csv.subList(1, csv.size())).as(id + " rows").isEqualTo(rows);
        }
        pictureForReadme("staff-web-reports");

        var asked = page.navigate(url("/stock/reports?clinicId=clinic-south"));
        assertThat(asked.status()).isEqualTo(403);
        assertThat(page.locator("main").textContent()).doesNotContain("DROPPED");
        var csvAsked = context.request().get(url("/stock/reports/waste.csv?clinicId=clinic-south"),
                RequestOptions.create().setMaxRedirects(0));
        assertThat(csvAsked.status()).isEqualTo(403);
        assertThat(csvAsked.text()).doesNotContain("DROPPED");
    }

    @Test
    void aBadDateIsSaidBesideItsInput() {
        signIn("mark.manager");
        var answer = page.navigate(url("/stock/reports?from=07%2F12%2F2026&to=2026-12-07"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(page.locator("#from-error").textContent()).isEqualTo("must be a date like 2026-12-07");
        var csv = context.request().get(url("/stock/reports/waste.csv?from=2026-12-08&to=2026-12-07"));
        assertThat(csv.status()).isEqualTo(400);
        assertThat(csv.text()).contains("\"field\":\"from\"");
    }
}
