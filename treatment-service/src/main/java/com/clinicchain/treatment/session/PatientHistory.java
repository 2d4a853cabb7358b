package com.clinicchain.treatment.session;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.kit.security.Caller;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.treatment.adverse.AdverseEvent;
import com.clinicchain.treatment.adverse.AdverseEvents;
import com.clinicchain.treatment.followup.FollowUp;
import com.clinicchain.treatment.followup.FollowUps;
import com.clinicchain.treatment.registry.ClinicTimeZones;
import com.clinicchain.treatment.session.SessionResponse.InjectionResponse;
import com.clinicchain.treatment.session.TreatmentHistory.AdverseEventLine;
import com.clinicchain.treatment.session.TreatmentHistory.FollowUpLine;

/**
 * Gathers a patient's history from the sessions, adverse events and follow-ups of the caller's chain. Not limited to
 * the caller's clinics: patients visit any branch, and whoever injects needs the treatment given at all of them.
 */
@Service
class PatientHistory {

    private final Sessions sessions;
    private final AdverseEvents adverseEvents;
    private final FollowUps followUps;
    private final ClinicTimeZones zones;

    PatientHistory(Sessions sessions, AdverseEvents adverseEvents, FollowUps followUps, ClinicTimeZones zones) {
        this.sessions = sessions;
        this.adverseEvents = adverseEvents;
        this.followUps = followUps;
        this.zones = zones;
    }

    /** Repeatable read: the lists and what hangs off each session are one snapshot, not a completion half-seen. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    TreatmentHistory of(Caller caller, UUID patientId, PageRequest page) {
        String chainId = caller.chainId();
        List<InjectionSession> upcoming = sessions.openOfPatient(chainId, patientId);
        PageResponse<InjectionSession> past = sessions.closedOfPatient(chainId, patientId, page);
        List<InjectionSession> all = new ArrayList<>(upcoming);
        all.addAll(past.items());
        List<UUID> ids = all.stream().map(InjectionSession::id).toList();
        Map<String, ZoneId> zoneByClinic = new HashMap<>();
        all.forEach(s -> zoneByClinic.computeIfAbsent(s.clinicId(), clinic -> zones.zoneOf(chainId, clinic)));
        Details details = new Details(sessions.plans(ids), sessions.injections(ids),
                clinical(caller) ? adverseEvents.ofSessions(chainId, ids).stream()
                        .collect(Collectors.groupingBy(AdverseEvent::sessionId)) : null,
                followUps.ofSessions(chainId, ids).stream().collect(Collectors.groupingBy(FollowUp::sessionId)),
                zoneByClinic);
        return new TreatmentHistory(patientId, upcoming.stream().map(details::of).toList(), past.map(details::of),
                followUps.openOfPatient(chainId, patientId).stream().map(FollowUpLine::of).toList());
    }

    /** Adverse events are clinical detail: not for reception, as on the session's own adverse-event list. */
    private static boolean clinical(Caller caller) {
        return caller.hasRole(Caller.PRACTITIONER) || caller.hasRole(Caller.MANAGER) || caller.hasRole(Caller.ADMIN);
    }

    /** @param adverseEvents null when the caller is not shown them */
    private record Details(Map<UUID, List<PlannedArea>> plans, Map<UUID, List<Injection>> injections,
                           Map<UUID, List<AdverseEvent>> adverseEvents, Map<UUID, List<FollowUp>> followUps,
                           Map<String, ZoneId> zones) {

        TreatmentHistory.Session of(InjectionSession s) {
            return new TreatmentHistory.Session(s.id(), s.status(), s.startsAt(), s.durationMinutes(),
                    zones.get(s.clinicId()).getId(), s.clinicId(), s.practitioner(), s.productId(), s.expectedUnits(),
                    plans.getOrDefault(s.id(), List.of()), s.stockStatus(), s.cancelReason(), s.completedBy(),
                    s.completedAt(), injections.getOrDefault(s.id(), List.of()).stream()
                            .map(InjectionResponse::of).toList(),
                    adverseEvents == null ? null : adverseEvents.getOrDefault(s.id(), List.of()).stream()
                            .map(AdverseEventLine::of).toList(),
                    followUps.getOrDefault(s.id(), List.of()).stream().map(FollowUpLine::of).toList());
        }
    }
}
