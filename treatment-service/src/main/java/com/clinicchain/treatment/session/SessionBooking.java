package com.clinicchain.treatment.session;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.treatment.SessionCompleted;
import com.clinicchain.contracts.treatment.SessionCompleted.VialUse;
import com.clinicchain.contracts.treatment.SessionScheduled;
import com.clinicchain.kit.outbox.Outbox;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.treatment.consent.PatientConsents;
import com.clinicchain.treatment.session.CompleteSessionRequest.InjectionLog;
import com.clinicchain.treatment.vial.KnownVial;
import com.clinicchain.treatment.vial.KnownVials;

@Service
class SessionBooking {

    private static final int DEFAULT_DURATION_MINUTES = 30;

    private final Sessions sessions;
    private final PatientConsents consents;
    private final KnownVials vials;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    SessionBooking(Sessions sessions, PatientConsents consents, KnownVials vials, Outbox outbox) {
        this.sessions = sessions;
        this.consents = consents;
        this.vials = vials;
        this.outbox = outbox;
    }

    @Transactional
    InjectionSession book(Caller caller, BookSessionRequest request) {
        if (!caller.mayActAt(request.clinicId())) {
            throw ProblemException.forbidden("you do not work at clinic " + request.clinicId());
        }
        Instant startsAt = request.startsAt().toInstant();
        Eligibility.require(Eligibility.forBooking(
                consents.isValid(caller.chainId(), request.patientId(), PatientConsents.TREATMENT, startsAt)));
        var session = new InjectionSession(UUID.randomUUID(), caller.chainId(), request.clinicId(), request.patientId(),
                request.practitioner(), request.productId(), startsAt,
                request.durationMinutes() == null ? DEFAULT_DURATION_MINUTES : request.durationMinutes(),
                request.expectedUnits(), SessionStatus.BOOKED, StockStatus.PENDING, caller.username(), null, null, 0);
        sessions.insert(session);
        outbox.append(Events.TREATMENT_TOPIC, session.id(), session.chainId(), new SessionScheduled(session.id(),
                session.patientId(), session.clinicId(), session.productId(), session.expectedUnits(), startsAt));
        return session;
    }

    @Transactional
    InjectionSession complete(Caller caller, UUID sessionId, CompleteSessionRequest request) {
        InjectionSession session = sessions.findForUpdate(caller.chainId(), sessionId)
                .orElseThrow(() -> ProblemException.notFound("session " + sessionId));
        if (!caller.mayActAt(session.clinicId())) {
            throw ProblemException.forbidden("you do not work at clinic " + session.clinicId());
        }
        if (!session.status().isOpen()) {
            throw new ProblemException(HttpStatus.CONFLICT, "illegal-transition", "Illegal transition",
                    "a " + session.status() + " session cannot be completed");
        }
        Map<UUID, Integer> unitsPerVial = new LinkedHashMap<>();
        request.injections().forEach(log -> unitsPerVial.merge(log.vialId(), log.units(), Integer::sum));
        Map<UUID, Optional<KnownVial>> known = new LinkedHashMap<>();
        unitsPerVial.keySet().forEach(vialId -> known.put(vialId, vials.find(caller.chainId(), vialId)));

        Instant now = clock.instant();
        List<FailedRule> failed = new ArrayList<>(Eligibility.forBooking(
                consents.isValid(caller.chainId(), session.patientId(), PatientConsents.TREATMENT, now)));
        failed.addAll(Eligibility.forVials(session, known, unitsPerVial, LocalDate.now(clock)));
        Eligibility.require(failed);

        List<Injection> injections = request.injections().stream().map(log -> injection(session, log,
                known.get(log.vialId()).orElseThrow())).toList();
        sessions.markCompleted(session, caller.username(), injections);
        List<VialUse> used = unitsPerVial.entrySet().stream().map(entry -> new VialUse(entry.getKey(),
                known.get(entry.getKey()).orElseThrow().lotNumber(), entry.getValue())).toList();
        outbox.append(Events.TREATMENT_TOPIC, session.id(), session.chainId(), new SessionCompleted(session.id(),
                session.patientId(), session.clinicId(), session.productId(), used));
        return sessions.find(caller.chainId(), sessionId).orElseThrow();
    }

    private static Injection injection(InjectionSession session, InjectionLog log, KnownVial vial) {
        return new Injection(UUID.randomUUID(), session.id(), log.area(), log.units(), vial.vialId(), vial.lotNumber(),
                vial.expiryDate());
    }
}
