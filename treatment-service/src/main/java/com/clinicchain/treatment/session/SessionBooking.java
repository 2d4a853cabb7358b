package com.clinicchain.treatment.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.treatment.SessionCompleted.VialUse;
import com.clinicchain.kit.outbox.Outbox;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.treatment.registry.ClinicCalendar;
import com.clinicchain.treatment.registry.ClinicTimeZones;
import com.clinicchain.treatment.registry.Clinics;
import com.clinicchain.treatment.registry.Practitioners;
import com.clinicchain.treatment.registry.RegistryRules;
import com.clinicchain.treatment.consent.PatientConsents;
import com.clinicchain.treatment.refusal.Refusals;
import com.clinicchain.treatment.followup.FollowUps;
import com.clinicchain.treatment.screening.PatientScreenings;
import com.clinicchain.treatment.screening.Screening;
import com.clinicchain.treatment.session.CompleteSessionRequest.InjectionLog;
import com.clinicchain.treatment.session.Eligibility.PatientFacts;
import com.clinicchain.treatment.session.Eligibility.Verdict;
import com.clinicchain.treatment.vial.KnownVial;
import com.clinicchain.treatment.vial.KnownVials;

@Service
class SessionBooking {

    private static final int DEFAULT_DURATION_MINUTES = 30;
    /** A booking may be entered shortly after the fact (a walk-in charted late), not back-dated further. */
    private static final Duration BACKDATING_ALLOWED = Duration.ofHours(12);

    private final Sessions sessions;
    private final PatientConsents consents;
    private final PatientScreenings screenings;
    private final KnownVials vials;
    private final Outbox outbox;
    private final DosingSettings dosing;
    private final FollowUps followUps;
    private final ClinicTimeZones zones;
    private final ScreeningSettings screening;
    private final Clinics clinics;
    private final Practitioners practitioners;
    private final Clock clock;

    SessionBooking(Sessions sessions, PatientConsents consents, PatientScreenings screenings, KnownVials vials,
                   Outbox outbox, DosingSettings dosing, FollowUps followUps,
                   ClinicTimeZones zones, ScreeningSettings screening, Clinics clinics, Practitioners practitioners, Clock clock) {
        this.clock = clock;
        this.sessions = sessions;
        this.consents = consents;
        this.screenings = screenings;
        this.vials = vials;
        this.outbox = outbox;
        this.dosing = dosing;
        this.followUps = followUps;
        this.zones = zones;
        this.screening = screening;
        this.clinics = clinics;
        this.practitioners = practitioners;
    }

    @Transactional
    InjectionSession book(Caller caller, BookSessionRequest request) {
        caller.requireActAt(request.clinicId());
        Instant now = clock.instant();
        requirePartnerMayActFor(caller, request.patientId(), now);
        Instant startsAt = request.startsAt().toInstant();
        if (startsAt.isBefore(now.minus(BACKDATING_ALLOWED))) {
            throw ProblemException.invalid("startsAt", "must not be more than 12 hours in the past");
        }
        Refusals.requireValid(Eligibility.invalidOverrides(request.overridesOrNone()));
        Dosing.Plan plan = plan(request);
        int units = plan.totalUnits();
        String practitioner = request.practitioner();
        Refusals.requireRegistered(RegistryRules.bookingNames(request.clinicId(),
                clinics.find(caller.chainId(), request.clinicId()), practitioner,
                practitioner == null ? Optional.empty() : practitioners.find(caller.chainId(), practitioner)));

        PatientFacts facts = facts(caller.chainId(), request.patientId(), startsAt);
        ZonedDateTime at = startsAt.atZone(zones.zoneOf(caller.chainId(), request.clinicId()));
        Verdict verdict = Eligibility.check(facts, at, request.productId(), units, request.overridesOrNone(),
                caller.hasRole(Caller.PRACTITIONER));
        requireEligible(caller.partner() ? PartnerView.reasons(verdict.failed()) : verdict.failed());

        var booked = InjectionSession.book(UUID.randomUUID(), new InjectionSession.Booking(caller.chainId(),
                request.clinicId(), request.patientId(), request.practitioner(), request.productId(), startsAt,
                request.durationMinutes() == null ? DEFAULT_DURATION_MINUTES : request.durationMinutes(), units,
                caller.username()));
        InjectionSession session = booked.session();
        // Patient first, then practitioner, always in that order, so that two bookings never wait for each other.
        sessions.lockPatient(caller.chainId(), session.patientId());
        if (sessions.patientBusy(caller.chainId(), session.patientId(), startsAt, session.endsAt())) {
            throw ProblemException.conflict("patient-double-booked", "Patient already booked",
                    "patient " + session.patientId() + " has another session at that time");
        }
        if (session.practitioner() != null) {
            sessions.lockPractitioner(caller.chainId(), session.practitioner());
            if (sessions.practitionerBusy(caller.chainId(), session.practitioner(), startsAt, session.endsAt())) {
                throw ProblemException.conflict("practitioner-double-booked", "Practitioner already booked",
                        session.practitioner() + " has another session at that time");
            }
        }
        sessions.insert(session);
        sessions.insertPlan(session.id(), plan.areas());
        List<SessionWarning> warnings = new ArrayList<>(plan.flags());
        warnings.addAll(verdict.warnings());
        Eligibility.screeningCurrency(facts.screening(), at, screening.maxAge())
                .ifPresent(rule -> warnings.add(new SessionWarning(rule.rule(), rule.message())));
        sessions.replaceWarnings(session.id(), warnings);
        sessions.recordOverrides(session.id(), verdict.honoured(), verdict.basis(), caller.username(), now);
        booked.event().ifPresent(event -> outbox.append(Events.TREATMENT_TOPIC, session.id(), session.chainId(), event));
        return session;
    }

    /**
     * A partner acts only for a patient who shares with partners, from the moment a withdrawal reaches this service;
     * for any other patient it gets the answer an unknown patient gets, so that it learns nothing of them.
     */
    private void requirePartnerMayActFor(Caller caller, UUID patientId, Instant now) {
        if (caller.partner() && !consents.isValid(caller.chainId(), patientId, PatientConsents.PARTNER_DATA_SHARING, now)) {
            throw ProblemException.notFound("patient " + patientId);
        }
    }

    private Dosing.Plan plan(BookSessionRequest request) {
        if (request.areasOrNone().isEmpty()) {
            if (request.expectedUnits() == null) {
                throw ProblemException.invalid("areas", "give the planned areas (or expectedUnits)");
            }
            return new Dosing.Plan(List.of(), request.expectedUnits(), List.of());
        }
        Dosing.Plan plan = Refusals.orBadRequest(Dosing.plan(request.areasOrNone().stream()
                .map(a -> new Dosing.Requested(a.area(), a.plannedUnits())).toList(), dosing.deviationMarginPercent()));
        if (plan.totalUnits() < 1 || plan.totalUnits() > 400) {
            throw ProblemException.invalid("areas", "the plan must add up to 1–400 U, not " + plan.totalUnits());
        }
        if (request.expectedUnits() != null && request.expectedUnits() != plan.totalUnits()) {
            throw ProblemException.invalid("expectedUnits", "must equal the planned units (" + plan.totalUnits() + ")");
        }
        return plan;
    }

    private static void requireMayBecome(InjectionSession session, SessionStatus target) {
        if (!session.status().mayBecome(target)) {
            throw Refusals.conflict("illegal-transition", "Illegal transition",
                    "a " + session.status() + " session cannot become " + target);
        }
    }

    private static void requireEligible(List<FailedRule> failed) {
        Refusals.requireNone("not-eligible", "Session not allowed", failed.stream().map(FailedRule::message).toList(),
                "reasons", failed);
    }

    private PatientFacts facts(String chainId, UUID patientId, Instant at) {
        return new PatientFacts(consents.isValid(chainId, patientId, PatientConsents.TREATMENT, at),
                screenings.find(chainId, patientId).orElse(Screening.NONE),
                sessions.completedSince(chainId, patientId, at.minus(Eligibility.WINDOW)));
    }

    /** Check-in, start, cancel, no-show: the lifecycle decides; cancel and no-show release the reserved stock. */
    @Transactional
    InjectionSession move(Caller caller, UUID sessionId, SessionStatus target, String reason) {
        InjectionSession session = lockedAtOwnClinic(caller, sessionId);
        requireMayBecome(session, target);
        var moved = session.moveTo(target, reason);
        sessions.moved(moved.session());
        moved.event().ifPresent(event -> outbox.append(Events.TREATMENT_TOPIC, session.id(), session.chainId(), event));
        return sessions.find(caller.chainId(), sessionId).orElseThrow();
    }

    @Transactional
    InjectionSession complete(Caller caller, UUID sessionId, CompleteSessionRequest request) {
        InjectionSession session = lockedAtOwnClinic(caller, sessionId);
        requireMayBecome(session, SessionStatus.COMPLETED);
        Refusals.requireValid(Eligibility.invalidOverrides(request.overridesOrNone()));
        Map<UUID, Integer> unitsPerVial = new LinkedHashMap<>();
        request.injections().forEach(log -> unitsPerVial.merge(log.vialId(), log.units(), Integer::sum));
        vials.lockForCharting(caller.chainId(), unitsPerVial.keySet());
        Map<UUID, Optional<KnownVial>> known = new LinkedHashMap<>();
        unitsPerVial.keySet().forEach(vialId -> known.put(vialId, vials.find(caller.chainId(), vialId)));
        int units = unitsPerVial.values().stream().mapToInt(Integer::intValue).sum();

        Instant now = clock.instant();
        ZoneId zone = zones.zoneOf(session.chainId(), session.clinicId());
        PatientFacts facts = facts(caller.chainId(), session.patientId(), now);
        Verdict verdict = Eligibility.check(facts, now.atZone(zone), session.productId(), units,
                request.overridesOrNone(), sessions.standingOverrides(session.id()), caller.hasRole(Caller.PRACTITIONER));
        List<FailedRule> failed = new ArrayList<>(verdict.failed());
        Eligibility.screeningCurrency(facts.screening(), now.atZone(zone), screening.maxAge()).ifPresent(failed::add);
        failed.addAll(Eligibility.forVials(session, known, unitsPerVial, now, ClinicCalendar.dayOf(now, zone)));
        requireEligible(failed);

        List<Injection> injections = request.injections().stream().map(log -> injection(session, log,
                known.get(log.vialId()).orElseThrow())).toList();
        List<VialUse> used = unitsPerVial.entrySet().stream().map(entry -> new VialUse(entry.getKey(),
                known.get(entry.getKey()).orElseThrow().lotNumber(), entry.getValue())).toList();
        var completed = session.complete(caller.username(), now, used);
        sessions.completed(completed.session(), injections);
        sessions.recordOverrides(session.id(), verdict.honoured(), verdict.basis(), caller.username(), now);
        sessions.addWarnings(session.id(), Charting.againstPlan(session.productId(), sessions.plan(session.id()),
                session.expectedUnits(), request.injections().stream().map(log -> new Charting.Charted(log.area(),
                        known.get(log.vialId()).orElseThrow().productId(), log.units())).toList(),
                dosing.deviationMarginPercent()));
        completed.event().ifPresent(event -> outbox.append(Events.TREATMENT_TOPIC, session.id(), session.chainId(),
                event));
        followUps.scheduleAfter(session.chainId(), session.clinicId(), session.id(), session.patientId(),
                now);
        return sessions.find(caller.chainId(), sessionId).orElseThrow();
    }

    private InjectionSession lockedAtOwnClinic(Caller caller, UUID sessionId) {
        InjectionSession session = sessions.findForUpdate(caller.chainId(), sessionId)
                .orElseThrow(() -> ProblemException.notFound("session " + sessionId));
        if (caller.partner() && !consents.isValid(caller.chainId(), session.patientId(),
                PatientConsents.PARTNER_DATA_SHARING, clock.instant())) {
            // the same answer as for a session that does not exist: the partner may not know this patient's bookings
            throw ProblemException.notFound("session " + sessionId);
        }
        caller.requireActAt(session.clinicId());
        return session;
    }

    private static Injection injection(InjectionSession session, InjectionLog log, KnownVial vial) {
        return new Injection(UUID.randomUUID(), session.id(), log.area(), log.units(), vial.vialId(), vial.lotNumber(),
                vial.expiryDate(), log.points());
    }
}
