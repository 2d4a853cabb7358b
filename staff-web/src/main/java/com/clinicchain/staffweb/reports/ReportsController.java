package com.clinicchain.staffweb.reports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import com.clinicchain.staffweb.csv.Csv;
import com.clinicchain.staffweb.gateway.Gateway;
import com.clinicchain.staffweb.layout.FieldProblem;
import com.clinicchain.staffweb.reports.ReportReadings.Page;
import com.clinicchain.staffweb.reports.ReportReadings.ReconciledSession;
import com.clinicchain.staffweb.reports.ReportReadings.Reconciliation;
import com.clinicchain.staffweb.reports.ReportReadings.Usage;
import com.clinicchain.staffweb.reports.ReportReadings.Waste;
import com.clinicchain.staffweb.security.StaffUser;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The manager's reports over a period: usage per clinic, practitioner and product (a bar chart drawn from the table),
 * waste by reason, reconciliation and its discrepancies; each table also as CSV, written from the same table.
 * Inventory narrows every answer to the person's clinics (a manager's token's; an admin's chain), and refuses a
 * {@code clinicId} that is not theirs.
 */
@Controller
class ReportsController {

    /** Sessions with discrepancies read per report: the platform's page at its largest; more are counted. */
    private static final int SESSIONS_PAGE = 100;
    private static final ParameterizedTypeReference<Page<ReconciledSession>> SESSIONS =
            new ParameterizedTypeReference<>() {
            };

    private final Gateway gateway;

    ReportsController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/stock/reports")
    String page(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String clinicId,
                Model model, HttpServletResponse response) {
        ReportPeriod period = ReportPeriod.parse(from, to, LocalDate.now(ZoneOffset.UTC));
        String clinic = clinicId == null || clinicId.isBlank() ? null : clinicId;
        model.addAttribute("clinics", user.claims().clinicIds());
        model.addAttribute("clinicId", clinic);
        model.addAttribute("errors", period.errors());
        model.addAttribute("typedFrom", from == null ? (period.from() == null ? "" : period.from().toString()) : from);
        model.addAttribute("typedTo", to == null ? (period.to() == null ? "" : period.to().toString()) : to);
        if (!period.valid()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("tables", List.of());
            return "reports/page";
        }
        Read read = read(period, clinic);
        model.addAttribute("period", period);
        model.addAttribute("tables", read.tables());
        model.addAttribute("moreSessions", read.moreSessions());
        return "reports/page";
    }

    @GetMapping("/stock/reports/{table}.csv")
    @ResponseBody
    ResponseEntity<?> csv(@PathVariable String table, @RequestParam(required = false) String from,
                          @RequestParam(required = false) String to, @RequestParam(required = false) String clinicId) {
        if (!Reports.TABLES.contains(table)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no report table " + table));
        }
        ReportPeriod period = ReportPeriod.parse(from, to, LocalDate.now(ZoneOffset.UTC));
        if (!period.valid()) {
            Map.Entry<String, String> error = period.errors().entrySet().iterator().next();
            return FieldProblem.invalid(error.getKey(), error.getValue());
        }
        String clinic = clinicId == null || clinicId.isBlank() ? null : clinicId;
        ReportTable chosen = read(period, clinic).tables().stream().filter(t -> t.id().equals(table)).findFirst()
                .orElseThrow();
        String name = table + "-" + period.from() + "-" + period.to() + (clinic == null ? "" : "-" + clinic) + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(Csv.document(chosen.headers(), chosen.rows()));
    }

    private record Read(List<ReportTable> tables, long moreSessions) {
    }

    private Read read(ReportPeriod period, String clinic) {
        String query = "?from={from}&to={to}" + (clinic == null ? "" : "&clinicId={clinic}");
        Object[] variables = clinic == null ? new Object[] {period.from(), period.to()}
                : new Object[] {period.from(), period.to(), clinic};
        Usage usage = gateway.get("/api/inventory/reports/usage" + query, Usage.class, variables);
        Waste waste = gateway.get("/api/inventory/reports/waste" + query, Waste.class, variables);
        Reconciliation reconciliation = gateway.get("/api/inventory/reports/reconciliation" + query,
                Reconciliation.class, variables);
        Page<ReconciledSession> discrepant = gateway.get("/api/inventory/reports/reconciliation/sessions" + query
                + "&discrepanciesOnly=true&size=" + SESSIONS_PAGE, SESSIONS, variables);
        return new Read(Reports.of(usage, waste, reconciliation, discrepant),
                Math.max(0, discrepant.totalItems() - discrepant.items().size()));
    }
}
