package com.clinicchain.staffweb.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.staffweb.reports.ReportReadings.ClinicUsage;
import com.clinicchain.staffweb.reports.ReportReadings.DiscrepancyLine;
import com.clinicchain.staffweb.reports.ReportReadings.Page;
import com.clinicchain.staffweb.reports.ReportReadings.PractitionerUsage;
import com.clinicchain.staffweb.reports.ReportReadings.ProductUsage;
import com.clinicchain.staffweb.reports.ReportReadings.ReconciledSession;
import com.clinicchain.staffweb.reports.ReportReadings.Reconciliation;
import com.clinicchain.staffweb.reports.ReportReadings.ReconciliationLine;
import com.clinicchain.staffweb.reports.ReportReadings.Usage;
import com.clinicchain.staffweb.reports.ReportReadings.Waste;
import com.clinicchain.staffweb.reports.ReportReadings.WasteLine;

class ReportsTest {

    static final UUID BOTOX = UUID.randomUUID();

    @Test
    void everyTableHasItsRowsInInventorysOrderWithOneDiscrepancyPerRow() {
        UUID session = UUID.randomUUID();
        UUID vial = UUID.randomUUID();
        Usage usage = new Usage(List.of(new ProductUsage(BOTOX, "Botox", 3, 60)),
                List.of(new ClinicUsage("clinic-north", BOTOX, "Botox", 2, 40),
                        new ClinicUsage("clinic-south", BOTOX, "Botox", 1, 20)),
                List.of(new PractitionerUsage("nina.nurse", BOTOX, "Botox", 2, 40),
                        new PractitionerUsage(null, BOTOX, "Botox", 1, 20)));
        Waste waste = new Waste(100, List.of(new WasteLine("clinic-north", BOTOX, "Botox", "DROPPED", 1, 100)));
        Reconciliation reconciliation = new Reconciliation(List.of(new ReconciliationLine("clinic-north", BOTOX,
                "Botox", 2, 45, 40, 5, 0, 1)));
        Page<ReconciledSession> discrepant = new Page<>(List.of(new ReconciledSession(session, "clinic-north",
                "Botox", "nina.nurse", Instant.parse("2026-12-07T10:15:00Z"), 45, 40, 0, List.of(
                        new DiscrepancyLine(vial, "L1", 5, "NOT_ENOUGH_UNITS", "the vial held 0 U"),
                        new DiscrepancyLine(null, null, 0, "NO_VIAL", null)))), 1);

        List<ReportTable> tables = Reports.of(usage, waste, reconciliation, discrepant);

        assertThat(tables).extracting(ReportTable::id).isEqualTo(Reports.TABLES);
        assertThat(tables.get(0).rows()).containsExactly(List.of("clinic-north", "Botox", "2", "40"),
                List.of("clinic-south", "Botox", "1", "20"));
        assertThat(tables.get(1).rows().get(1)).containsExactly("(not named)", "Botox", "1", "20");
        assertThat(tables.get(2).rows()).containsExactly(List.of("Botox", "3", "60"));
        assertThat(tables.get(3).rows()).containsExactly(List.of("clinic-north", "Botox", "DROPPED", "1", "100"));
        assertThat(tables.get(4).rows()).containsExactly(List.of("clinic-north", "Botox", "2", "45", "40", "5", "0",
                "1"));
        assertThat(tables.get(5).rows()).containsExactly(
                List.of("2026-12-07 10:15 UTC", "clinic-north", "nina.nurse", "Botox", session.toString(),
                        vial.toString(), "L1", "5", "NOT_ENOUGH_UNITS", "the vial held 0 U"),
                List.of("2026-12-07 10:15 UTC", "clinic-north", "nina.nurse", "Botox", session.toString(), "", "",
                        "0", "NO_VIAL", ""));
        tables.forEach(table -> table.rows().forEach(row -> assertThat(row).hasSameSizeAs(table.headers())));
    }
}
