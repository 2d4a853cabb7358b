package com.clinicchain.staffweb.reports;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.clinicchain.staffweb.reports.ReportReadings.DiscrepancyLine;
import com.clinicchain.staffweb.reports.ReportReadings.Page;
import com.clinicchain.staffweb.reports.ReportReadings.ReconciledSession;
import com.clinicchain.staffweb.reports.ReportReadings.Reconciliation;
import com.clinicchain.staffweb.reports.ReportReadings.Usage;
import com.clinicchain.staffweb.reports.ReportReadings.Waste;

/**
 * The report's tables from inventory's answers, in the order of the page. Units are never summed across products
 * (a unit of one toxin is not a unit of another), so every line is of one product, as inventory's are.
 */
final class Reports {

    static final String USAGE_BY_CLINIC = "usage-by-clinic";
    static final List<String> TABLES = List.of(USAGE_BY_CLINIC, "usage-by-practitioner", "usage-by-product", "waste",
            "reconciliation", "discrepancies");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private Reports() {
    }

    /**
     * @param discrepant the sessions with discrepancies (one page of them): a row per discrepancy
     */
    static List<ReportTable> of(Usage usage, Waste waste, Reconciliation reconciliation,
                                Page<ReconciledSession> discrepant) {
        List<ReportTable> tables = new ArrayList<>();
        tables.add(new ReportTable(USAGE_BY_CLINIC, "Usage per clinic and product",
                List.of("Clinic", "Product", "Sessions", "Units consumed"),
                usage.byClinic().stream().map(line -> List.of(line.clinicId(), line.brand(),
                        num(line.sessions()), num(line.unitsConsumed()))).toList(),
                "No session was completed in this period."));
        tables.add(new ReportTable("usage-by-practitioner", "Usage per practitioner and product",
                List.of("Practitioner", "Product", "Sessions", "Units consumed"),
                usage.byPractitioner().stream().map(line -> List.of(
                        Optional.ofNullable(line.practitioner()).orElse("(not named)"), line.brand(),
                        num(line.sessions()), num(line.unitsConsumed()))).toList(),
                "No session was completed in this period."));
        tables.add(new ReportTable("usage-by-product", "Usage per product",
                List.of("Product", "Sessions", "Units consumed"),
                usage.byProduct().stream().map(line -> List.of(line.brand(), num(line.sessions()),
                        num(line.unitsConsumed()))).toList(),
                "No session was completed in this period."));
        tables.add(new ReportTable("waste", "Waste by reason",
                List.of("Clinic", "Product", "Reason", "Vials", "Units"),
                waste.lines().stream().map(line -> List.of(line.clinicId(), line.brand(), line.reason(),
                        num(line.vials()), num(line.units()))).toList(),
                "No vial was discarded in this period."));
        tables.add(new ReportTable("reconciliation", "Reconciliation: charted, consumed, vials emptied",
                List.of("Clinic", "Product", "Sessions", "Units charted", "Units consumed", "Units unaccounted",
                        "Vials emptied", "Discrepancies"),
                reconciliation.lines().stream().map(line -> List.of(line.clinicId(), line.brand(),
                        num(line.sessions()), num(line.unitsCharted()), num(line.unitsConsumed()),
                        num(line.unitsUnaccounted()), num(line.vialsDepleted()), num(line.discrepancies()))).toList(),
                "No session was completed in this period."));
        List<List<String>> discrepancies = new ArrayList<>();
        for (ReconciledSession session : discrepant.items()) {
            for (DiscrepancyLine line : session.discrepancies()) {
                discrepancies.add(List.of(session.completedAt() == null ? ""
                                : TIME.format(session.completedAt().atOffset(ZoneOffset.UTC)), session.clinicId(),
                        Optional.ofNullable(session.practitioner()).orElse("(not named)"), session.brand(),
                        String.valueOf(session.sessionId()), line.vialId() == null ? "" : line.vialId().toString(),
                        Optional.ofNullable(line.lotNumber()).orElse(""), num(line.unitsCharted()), line.kind(),
                        Optional.ofNullable(line.detail()).orElse("")));
            }
        }
        tables.add(new ReportTable("discrepancies", "Discrepancies",
                List.of("Completed", "Clinic", "Practitioner", "Product", "Session", "Vial", "Lot", "Units charted",
                        "Kind", "Detail"),
                discrepancies, "No discrepancy in this period."));
        return tables;
    }

    private static String num(int value) {
        return String.valueOf(value);
    }
}
