package com.clinicchain.inventory.report;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.inventory.InventoryReadPolicy;
import com.clinicchain.inventory.clinic.Clinics;
import com.clinicchain.inventory.expiry.ExpirySettings;
import com.clinicchain.inventory.usage.Period;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The manager's views: managers see their clinics, admins and partners holding {@code inventory.read} the whole
 * chain. Narrowed to one clinic with {@code clinicId}.
 */
@Tag(name = "Reports", description = "Stock reports for managers and partners.")
@RestController
class ReportController {

    private final ManagerReports reports;
    private final int defaultWarningDays;
    private final Clinics clinics;
    private final Clock clock;

    ReportController(ManagerReports reports, Clinics clinics, Clock clock,
                     ExpirySettings expiry) {
        this.reports = reports;
        this.clinics = clinics;
        this.clock = clock;
        this.defaultWarningDays = expiry.expiryWarningDays();
    }

    @Operation(operationId = "reportExpiringLots", tags = "Reports", summary = "Report lots about to expire",
            description = "Lots expiring within `withinDays`, at `clinicId` or every clinic the caller may see. "
            + "Roles: manager, admin. Partner scope: `inventory.read`. Lists only what the caller's chain "
            + "holds.")
    @GetMapping("/api/inventory/reports/expiring-lots")
    @PreAuthorize(InventoryReadPolicy.VIEWS_REPORTS)
    PageResponse<ReportLines.ExpiringLot> expiringLots(Caller caller, @RequestParam(required = false) String clinicId,
                                                       @RequestParam(required = false) Integer withinDays,
                                                       @RequestParam(defaultValue = "0") int page,
                                                       @RequestParam(defaultValue = "20") int size) {
        int days = withinDays == null ? defaultWarningDays : withinDays;
        if (days < 0 || days > 730) {
            throw ProblemException.invalid("withinDays", "must be between 0 and 730");
        }
        return reports.expiringLots(caller.chainId(), InventoryReadPolicy.narrowedTo(caller, clinicId),
                clinics.today(caller.chainId(), clinicId, clock),
                days, new PageRequest(page, size));
    }

    @Operation(operationId = "reportBlockedLots", tags = "Reports", summary = "Report blocked lots",
            description = "Recalled and quarantined lots, at `clinicId` or every clinic the caller may see. Roles: "
            + "manager, admin. Partner scope: `inventory.read`. Lists only what the caller's chain holds.")
    @GetMapping("/api/inventory/reports/blocked-lots")
    @PreAuthorize(InventoryReadPolicy.VIEWS_REPORTS)
    PageResponse<ReportLines.BlockedLot> blockedLots(Caller caller, @RequestParam(required = false) String clinicId,
                                                     @RequestParam(defaultValue = "0") int page,
                                                     @RequestParam(defaultValue = "20") int size) {
        return reports.blockedLots(caller.chainId(), InventoryReadPolicy.narrowedTo(caller, clinicId),
                new PageRequest(page, size));
    }

    @Operation(operationId = "reportLowStock", tags = "Reports", summary = "Report stock below its threshold",
            description = "Products whose stock is below the clinic's threshold. Roles: manager, admin. Partner "
            + "scope: `inventory.read`. Lists only what the caller's chain holds.")
    @GetMapping("/api/inventory/reports/low-stock")
    @PreAuthorize(InventoryReadPolicy.VIEWS_REPORTS)
    java.util.List<ReportLines.LowStock> lowStock(Caller caller, @RequestParam(required = false) String clinicId) {
        return reports.lowStock(caller.chainId(), InventoryReadPolicy.narrowedTo(caller, clinicId));
    }

    /** {@code from} and {@code to} are days included, on each clinic's calendar, as in every report (see {@link Period}). */
    @Operation(operationId = "reportWaste", tags = "Reports", summary = "Report waste",
            description = "Vials discarded between `from` and `to` (days included, on each clinic's calendar), by "
            + "reason. Roles: manager, admin. Partner scope: `inventory.read`. Lists only what the "
            + "caller's chain holds.")
    @GetMapping("/api/inventory/reports/waste")
    @PreAuthorize(InventoryReadPolicy.VIEWS_REPORTS)
    ReportLines.Waste waste(Caller caller, @RequestParam(required = false) String clinicId,
                            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        return reports.waste(caller.chainId(), InventoryReadPolicy.narrowedTo(caller, clinicId),
                Period.of(from, to, clinics.today(caller.chainId(), clinicId, clock)));
    }
}
