package com.clinicchain.inventory.usage;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.inventory.InventoryReadPolicy;
import com.clinicchain.inventory.clinic.Clinics;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;

import io.swagger.v3.oas.annotations.Operation;

/**
 * Usage and reconciliation, among the manager's views: managers see their clinics, admins and partners holding
 * {@code inventory.read} the whole chain, without naming the practitioners; {@code clinicId} narrows to one. {@code from} and {@code to} are days,
 * both included, on each clinic's calendar (default: the last 30 days up to the clinic's today).
 */
@RestController
class UsageController {

    private final UsageReports reports;

    private final Clinics clinics;
    private final Clock clock;

    UsageController(UsageReports reports, Clinics clinics, Clock clock) {
        this.reports = reports;
        this.clinics = clinics;
        this.clock = clock;
    }

    @Operation(operationId = "reportUsage", tags = "Reports", summary = "Report usage",
            description = "Units used between `from` and `to` by clinic, practitioner and product. Roles: manager, "
            + "admin. Partner scope: `inventory.read`. Lists only what the caller's chain holds.")
    @GetMapping("/api/inventory/reports/usage")
    @PreAuthorize(InventoryReadPolicy.VIEWS_REPORTS)
    UsageLines.Usage usage(Caller caller, @RequestParam(required = false) String clinicId,
                           @RequestParam(required = false) LocalDate from,
                           @RequestParam(required = false) LocalDate to) {
        UsageLines.Usage usage = reports.usage(caller.chainId(), InventoryReadPolicy.narrowedTo(caller, clinicId),
                Period.of(from, to, clinics.today(caller.chainId(), clinicId, clock)));
        // who gave the injections is about the chain's staff: a partner system sees units, not people
        return caller.partner() ? usage.withoutPractitioners() : usage;
    }

    @Operation(operationId = "reportReconciliation", tags = "Reports", summary = "Reconcile charted and consumed units",
            description = "Units charted in sessions against units consumed from vials, with the discrepancies. "
            + "Roles: manager, admin. Partner scope: `inventory.read`. Lists only what the caller's chain "
            + "holds.")
    @GetMapping("/api/inventory/reports/reconciliation")
    @PreAuthorize(InventoryReadPolicy.VIEWS_REPORTS)
    UsageLines.Reconciliation reconciliation(Caller caller, @RequestParam(required = false) String clinicId,
                                             @RequestParam(required = false) LocalDate from,
                                             @RequestParam(required = false) LocalDate to) {
        return reports.reconciliation(caller.chainId(), InventoryReadPolicy.narrowedTo(caller, clinicId),
                Period.of(from, to, clinics.today(caller.chainId(), clinicId, clock)));
    }

    /** Per session: charted, consumed, vials emptied and the discrepancies; {@code discrepanciesOnly} to list those. */
    @Operation(operationId = "reportSessionReconciliation", tags = "Reports", summary = "Reconcile session by session",
            description = "Per session: charted, consumed, vials emptied and the discrepancies; `discrepanciesOnly` "
            + "to list those. Roles: manager, admin. Partner scope: `inventory.read`. Lists only what the "
            + "caller's chain holds.")
    @GetMapping("/api/inventory/reports/reconciliation/sessions")
    @PreAuthorize(InventoryReadPolicy.VIEWS_REPORTS)
    PageResponse<UsageLines.ReconciledSession> sessions(Caller caller,
                                                        @RequestParam(required = false) String clinicId,
                                                        @RequestParam(required = false) LocalDate from,
                                                        @RequestParam(required = false) LocalDate to,
                                                        @RequestParam(defaultValue = "false") boolean discrepanciesOnly,
                                                        @RequestParam(defaultValue = "0") int page,
                                                        @RequestParam(defaultValue = "20") int size) {
        PageRequest request = new PageRequest(page, size);
        PageResponse<UsageLines.ReconciledSession> sessions = reports.sessions(caller.chainId(),
                InventoryReadPolicy.narrowedTo(caller, clinicId), Period.of(from, to, clinics.today(caller.chainId(), clinicId, clock)), discrepanciesOnly,
                request);
        return caller.partner() ? sessions.map(UsageLines.ReconciledSession::withoutPractitioner) : sessions;
    }
}
