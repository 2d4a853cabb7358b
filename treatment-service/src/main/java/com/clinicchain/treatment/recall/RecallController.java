package com.clinicchain.treatment.recall;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.kit.web.Pages;
import com.clinicchain.treatment.session.SessionStatus;
import com.clinicchain.treatment.vial.LotNumber;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Recall tracing for chain admins: every completed session, at any clinic of the chain, that used the lot. The lot
 * number was copied onto each injection when it was charted, so this needs no other service; it is looked up in
 * the form it was stored in, whatever case and spaces the admin types.
 */
@Tag(name = "Recalls", description = "Patients treated from a recalled lot.")
@RestController
class RecallController {

    private static final String FROM = " from injection i join injection_session s on s.id = i.session_id"
            + " where s.chain_id = ? and i.lot_number = ? and s.status in " + SessionStatus.COMPLETED_SQL;

    private final JdbcClient jdbc;

    RecallController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Operation(operationId = "listRecalledPatients", tags = "Recalls", summary = "List the patients treated from a lot",
            description = "The patients injected from vials of the lot, for a recall, a page at a time. Roles: admin. "
            + "Not for partner tokens. Lists only what the caller's chain holds.")
    @GetMapping("/api/sessions/recalls/{lotNumber}/patients")
    @PreAuthorize("hasRole('admin')")
    PageResponse<RecalledPatient> patients(Caller caller, @PathVariable String lotNumber,
                                           @RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "100") int size) {
        if (lotNumber.isBlank() || lotNumber.length() > 64) {
            throw ProblemException.invalid("lotNumber", "must be 1–64 characters");
        }
        PageRequest request = new PageRequest(page, size);
        String lot = LotNumber.normalised(lotNumber);
        return Pages.of(jdbc, request, "select s.patient_id, s.id as session_id, s.clinic_id, s.completed_at,"
                        + " sum(i.units) as units, min(i.expiry_date) as expiry_date" + FROM
                        + " group by s.id order by s.completed_at, s.id",
                "select count(distinct s.id)" + FROM, List.of(caller.chainId(), lot), RecalledPatient.class);
    }
}
