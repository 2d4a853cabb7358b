package com.clinicchain.patient.patient;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.patient.audit.AccessAction;
import com.clinicchain.patient.audit.AccessLog;
import com.clinicchain.patient.audit.AccessOutcome;

/**
 * The one door to a patient record: checks the caller's role, finds the record in the caller's chain and writes
 * the audit entry for every outcome. Role checks live here rather than in {@code @PreAuthorize} because a refusal
 * there would leave no trace in the audit trail; {@link RoleCheckBeforeBinding} calls the same check before the body
 * is read, so that invalid input from a role that may not call the endpoint is refused and audited too.
 */
@Service
public class PatientAccess {

    public static final Set<String> STAFF = Set.of(Caller.RECEPTIONIST, Caller.PRACTITIONER, Caller.MANAGER, Caller.ADMIN);
    public static final Set<String> FRONT_DESK = Set.of(Caller.RECEPTIONIST, Caller.PRACTITIONER, Caller.ADMIN);
    public static final Set<String> CLINICAL = Set.of(Caller.PRACTITIONER, Caller.ADMIN);
    public static final Set<String> ADMIN_ONLY = Set.of(Caller.ADMIN);

    public static final String PARTNER_READ_SCOPE = "patients.read";

    private final Patients patients;
    private final AccessLog log;
    private final PartnerSharing sharing;
    private final Clock clock;

    PatientAccess(Patients patients, AccessLog log, PartnerSharing sharing, Clock clock) {
        this.clock = clock;
        this.patients = patients;
        this.log = log;
        this.sharing = sharing;
    }

    /** Joins the caller's transaction when there is one, so the ALLOWED entry commits with the change. */
    @Transactional
    public Patient open(Caller caller, UUID patientId, AccessAction action, Set<String> roles) {
        requireRole(caller, patientId, action, roles);
        Patient patient = patients.find(caller.chainId(), patientId).orElse(null);
        if (patient == null) {
            // Another chain's patient lands here too: the answer must be the same as for no patient at all.
            log.refused(caller, patientId, action, AccessOutcome.NOT_FOUND);
            throw ProblemException.notFound("patient " + patientId);
        }
        log.allowed(caller, patientId, action);
        return patient;
    }

    /**
     * A partner system reads demographics only of patients who agreed to sharing; for any other patient it gets the
     * same 404 as for one that does not exist, while the audit trail records the refusal as DENIED.
     */
    @Transactional
    Patient openForPartner(Caller caller, UUID patientId) {
        if (!caller.hasScope(PARTNER_READ_SCOPE)) {
            throw deny(caller, patientId, AccessAction.READ, "this client may not read patients");
        }
        Patient patient = patients.find(caller.chainId(), patientId).orElse(null);
        if (patient == null) {
            log.refused(caller, patientId, AccessAction.READ, AccessOutcome.NOT_FOUND);
            throw ProblemException.notFound("patient " + patientId);
        }
        if (!sharing.allowsSharing(caller.chainId(), patientId, clock.instant())) {
            log.refused(caller, patientId, AccessAction.READ, AccessOutcome.DENIED);
            throw ProblemException.notFound("patient " + patientId);
        }
        log.allowed(caller, patientId, AccessAction.READ);
        return patient;
    }

    /**
     * Several patients in one read, each shown and audited as {@link #open} (staff) or {@link #openForPartner} would
     * show and audit it alone: those of another chain, unknown, or (for a partner) not sharing are simply absent,
     * so the answer tells no more than one 404 each would. In the order asked.
     */
    @Transactional
    List<Patient> openAll(Caller caller, BatchRead batch) {
        if (!caller.partner()) {
            requireRole(caller, null, AccessAction.READ, STAFF);
        } else if (!caller.hasScope(PARTNER_READ_SCOPE)) {
            throw deny(caller, null, AccessAction.READ, "this client may not read patients");
        }
        Map<UUID, Patient> found = patients.findAll(caller.chainId(), batch.ids()).stream()
                .collect(Collectors.toMap(Patient::id, patient -> patient));
        Set<UUID> visible = caller.partner()
                ? sharing.sharingAmong(caller.chainId(), found.keySet(), clock.instant()) : found.keySet();
        Map<UUID, AccessOutcome> outcomes = batch.outcomes(found.keySet(), visible);
        log.outcomes(caller, AccessAction.READ, outcomes);
        return outcomes.entrySet().stream().filter(entry -> entry.getValue() == AccessOutcome.ALLOWED)
                .map(entry -> found.get(entry.getKey())).toList();
    }

    /** Every patient a search shows is a search hit in the audit trail, written with the search. */
    @Transactional
    PageResponse<Patient> search(Caller caller, PatientSearch search, PageRequest page) {
        requireRole(caller, null, AccessAction.SEARCH, STAFF);
        PageResponse<Patient> found = patients.search(caller.chainId(), search, page);
        log.searchHits(caller, found.items().stream().map(Patient::id).toList());
        return found;
    }

    public void requireRole(Caller caller, UUID patientId, AccessAction action, Set<String> roles) {
        if (roles.stream().noneMatch(caller::hasRole)) {
            throw deny(caller, patientId, action, "your role does not allow this action");
        }
    }

    /** Records the refusal and returns the 403 to throw. */
    public ProblemException deny(Caller caller, UUID patientId, AccessAction action, String detail) {
        log.refused(caller, patientId, action, AccessOutcome.DENIED);
        return ProblemException.forbidden(detail);
    }

}
