package com.clinicchain.treatment.session;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.kit.web.Pages;
import com.clinicchain.treatment.followup.FollowUps;
import com.clinicchain.treatment.session.Eligibility.PastSession;
import com.clinicchain.treatment.session.Eligibility.StandingOverride;
import com.clinicchain.treatment.vial.LotNumber;

@Repository
public class Sessions {

    /** As long as BookSessionRequest allows a session to last. */
    static final Duration LONGEST_SESSION = Duration.ofMinutes(240);

    private final JdbcClient jdbc;

    Sessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<InjectionSession> find(String chainId, UUID id) {
        return jdbc.sql("select * from injection_session where chain_id = ? and id = ?").params(chainId, id)
                .query(InjectionSession.class).optional();
    }

    /** Locks the session row so that two moves of one session (two completions, complete and cancel) cannot both pass. */
    Optional<InjectionSession> findForUpdate(String chainId, UUID id) {
        return jdbc.sql("select * from injection_session where chain_id = ? and id = ? for update")
                .params(chainId, id).query(InjectionSession.class).optional();
    }

    void insert(InjectionSession s) {
        jdbc.sql("""
                insert into injection_session (id, chain_id, clinic_id, patient_id, practitioner, product_id, starts_at,
                                               duration_minutes, expected_units, status, stock_status, booked_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.id(), s.chainId(), s.clinicId(), s.patientId(), s.practitioner(), s.productId(),
                        Timestamp.from(s.startsAt()), s.durationMinutes(), s.expectedUnits(), s.status().name(),
                        s.stockStatus().name(), s.bookedBy())
                .update();
    }

    /**
     * Serialises bookings of one practitioner until the transaction ends, so that two bookings at once cannot both
     * pass the overlap check.
     */
    void lockPractitioner(String chainId, String practitioner) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(chainId + "/" + practitioner)
                .query((rs, row) -> 1).single();
    }

    /** As {@link #lockPractitioner}, for the patient's own overlap check. */
    void lockPatient(String chainId, UUID patientId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(chainId + "/patient/" + patientId)
                .query((rs, row) -> 1).single();
    }

    /** Whether one of the patient's open sessions, at any clinic of the chain, overlaps {@code from}–{@code to}. */
    boolean patientBusy(String chainId, UUID patientId, Instant from, Instant to) {
        return jdbc.sql("""
                select exists (select 1 from injection_session
                               where chain_id = ? and patient_id = ? and status in %s
                                 and starts_at < ? and starts_at + duration_minutes * interval '1 minute' > ?)""".formatted(SessionStatus.OPEN_SQL))
                .params(chainId, patientId, Timestamp.from(to), Timestamp.from(from)).query(Boolean.class).single();
    }

    /** The lower bound (no session lasts longer than the longest bookable one) keeps the index scan short. */
    boolean practitionerBusy(String chainId, String practitioner, Instant from, Instant to) {
        return jdbc.sql("""
                select exists (select 1 from injection_session
                               where chain_id = ? and practitioner = ? and status in %s
                                 and starts_at < ? and starts_at > ?
                                 and starts_at + duration_minutes * interval '1 minute' > ?)""".formatted(SessionStatus.OPEN_SQL))
                .params(chainId, practitioner, Timestamp.from(to), Timestamp.from(from.minus(LONGEST_SESSION)),
                        Timestamp.from(from)).query(Boolean.class).single();
    }

    /** Saves a session's move (check-in, start, cancel, no-show) as {@link InjectionSession#moveTo} made it. */
    void moved(InjectionSession s) {
        jdbc.sql("update injection_session set status = ?, cancel_reason = ?, version = ? where id = ?")
                .params(s.status().name(), s.cancelReason(), s.version(), s.id()).update();
    }

    /** Saves a completion as {@link InjectionSession#complete} made it, with the charted injections. */
    void completed(InjectionSession s, List<Injection> injections) {
        jdbc.sql("""
                update injection_session set status = ?, completed_by = ?, completed_at = ?, consent_withdrawn = ?,
                       version = ? where id = ?""")
                .params(s.status().name(), s.completedBy(), Timestamp.from(s.completedAt()), s.consentWithdrawn(),
                        s.version(), s.id()).update();
        for (Injection i : injections) {
            jdbc.sql("""
                    insert into injection (id, session_id, area, units, vial_id, lot_number, expiry_date, points)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(i.id(), i.sessionId(), i.area().name(), i.units(), i.vialId(), i.lotNumber(), i.expiryDate(),
                            i.points())
                    .update();
        }
    }

    /** The completed sessions, chain-wide, that injected from the lot (as it was stored when charted), once each. */
    List<FollowUps.Exposed> treatedWithLot(String chainId, String lotNumber) {
        return jdbc.sql("""
                select distinct s.clinic_id, s.id, s.patient_id
                from injection i join injection_session s on s.id = i.session_id
                where s.chain_id = ? and i.lot_number = ? and s.status in %s""".formatted(SessionStatus.COMPLETED_SQL))
                .params(chainId, LotNumber.normalised(lotNumber))
                .query((rs, row) -> new FollowUps.Exposed(rs.getString(1), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class)))
                .list();
    }

    /**
     * Recall tracing: every completed session, chain-wide, that injected from the lot (looked up as it was stored when
     * charted), with the units the patient received of it, oldest first.
     */
    public PageResponse<RecalledPatient> recalledPatients(String chainId, String lotNumber, PageRequest page) {
        String from = " from injection i join injection_session s on s.id = i.session_id"
                + " where s.chain_id = ? and i.lot_number = ? and s.status in " + SessionStatus.COMPLETED_SQL;
        return Pages.of(jdbc, page, "select s.patient_id, s.id as session_id, s.clinic_id, s.completed_at,"
                        + " sum(i.units) as units, min(i.expiry_date) as expiry_date" + from
                        + " group by s.id order by s.completed_at, s.id",
                "select count(distinct s.id)" + from, List.of(chainId, LotNumber.normalised(lotNumber)),
                RecalledPatient.class);
    }

    /** The patient's completed sessions since {@code since}, chain-wide, with the units actually injected. */
    List<PastSession> completedSince(String chainId, UUID patientId, Instant since) {
        return jdbc.sql("""
                select s.completed_at, s.product_id, coalesce(sum(i.units), 0) as units
                from injection_session s left join injection i on i.session_id = s.id
                where s.chain_id = ? and s.patient_id = ? and s.status in %s and s.completed_at > ?
                group by s.id, s.completed_at, s.product_id""".formatted(SessionStatus.COMPLETED_SQL))
                .params(chainId, patientId, Timestamp.from(since))
                .query((rs, row) -> new PastSession(rs.getTimestamp(1).toInstant(), rs.getObject(2, UUID.class),
                        rs.getInt(3)))
                .list();
    }

    PageResponse<InjectionSession> atClinic(String chainId, String clinicId, Instant from, Instant to,
                                            SessionFilter filter, PageRequest page) {
        String where = " where chain_id = ? and clinic_id = ? and starts_at >= ? and starts_at < ?" + filter.sql();
        List<Object> params = new ArrayList<>(List.of(chainId, clinicId, Timestamp.from(from), Timestamp.from(to)));
        params.addAll(filter.params());
        return Pages.of(jdbc, page, "select * from injection_session" + where + " order by starts_at, id",
                "select count(*) from injection_session" + where, params, InjectionSession.class);
    }

    /** The patient's open sessions at every clinic of the chain, soonest first. */
    List<InjectionSession> openOfPatient(String chainId, UUID patientId) {
        return jdbc.sql("""
                select * from injection_session
                where chain_id = ? and patient_id = ? and status in %s
                order by starts_at, id""".formatted(SessionStatus.OPEN_SQL)).params(chainId, patientId).query(InjectionSession.class).list();
    }

    /**
     * The patient's closed sessions (completed, cancelled, no-show) at every clinic of the chain, newest first: by
     * completion for a treatment (it may be charted before its booked start), else by the booked start.
     */
    PageResponse<InjectionSession> closedOfPatient(String chainId, UUID patientId, PageRequest page) {
        String where = " where chain_id = ? and patient_id = ? and status in " + SessionStatus.CLOSED_SQL;
        return Pages.of(jdbc, page, "select * from injection_session" + where
                        + " order by coalesce(completed_at, starts_at) desc, id",
                "select count(*) from injection_session" + where, List.of(chainId, patientId), InjectionSession.class);
    }

    /** The plans of several sessions in one query, by session. */
    Map<UUID, List<PlannedArea>> plans(Collection<UUID> sessionIds) {
        return jdbc.sql("select session_id, area, planned_units from planned_area where session_id = any (?) order by area")
                .param(sessionIds.toArray(UUID[]::new))
                .query((rs, row) -> Map.entry(rs.getObject(1, UUID.class),
                        new PlannedArea(TreatmentArea.valueOf(rs.getString(2)), rs.getInt(3))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** The injections charted in several sessions in one query, by session. */
    Map<UUID, List<Injection>> injections(Collection<UUID> sessionIds) {
        return jdbc.sql("select * from injection where session_id = any (?) order by area, id")
                .param(sessionIds.toArray(UUID[]::new)).query(Injection.class).list().stream()
                .collect(Collectors.groupingBy(Injection::sessionId));
    }

    List<Injection> injections(UUID sessionId) {
        return jdbc.sql("select * from injection where session_id = ? order by area, id").param(sessionId)
                .query(Injection.class).list();
    }

    void insertPlan(UUID sessionId, List<PlannedArea> areas) {
        areas.forEach(a -> jdbc.sql("insert into planned_area (session_id, area, planned_units) values (?, ?, ?)")
                .params(sessionId, a.area().name(), a.plannedUnits()).update());
    }

    List<PlannedArea> plan(UUID sessionId) {
        return jdbc.sql("select area, planned_units from planned_area where session_id = ? order by area")
                .param(sessionId).query(PlannedArea.class).list();
    }

    void replaceWarnings(UUID sessionId, List<SessionWarning> warnings) {
        jdbc.sql("delete from session_warning where session_id = ?").param(sessionId).update();
        addWarnings(sessionId, warnings);
    }

    void addWarnings(UUID sessionId, List<SessionWarning> warnings) {
        warnings.forEach(w -> jdbc.sql("insert into session_warning (session_id, rule, message) values (?, ?, ?)")
                .params(sessionId, w.rule(), w.message()).update());
    }

    /** Removes the session's warnings of these rules only (the others were not judged again). */
    void removeWarnings(UUID sessionId, List<String> rules) {
        jdbc.sql("delete from session_warning where session_id = ? and rule = any (?)")
                .params(sessionId, rules.toArray(String[]::new)).update();
    }

    void setConsentWithdrawn(String chainId, UUID patientId, boolean withdrawn) {
        jdbc.sql("""
                update injection_session set consent_withdrawn = ?
                where chain_id = ? and patient_id = ? and status in %s""".formatted(SessionStatus.OPEN_SQL))
                .params(withdrawn, chainId, patientId).update();
    }

    List<SessionWarning> warnings(UUID sessionId) {
        return jdbc.sql("select rule, message from session_warning where session_id = ? order by rule, message")
                .param(sessionId).query(SessionWarning.class).list();
    }

    /** @param basis the facts each overridden rule failed on, by rule (see Eligibility.StandingOverride) */
    void recordOverrides(UUID sessionId, List<RuleOverride> overrides, Map<String, String> basis, String givenBy,
                         Instant at) {
        overrides.forEach(o -> jdbc.sql("""
                insert into session_override (id, session_id, rule, reason, given_by, given_at, basis)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), sessionId, o.rule(), o.reason(), givenBy, Timestamp.from(at),
                        basis.get(o.rule())).update());
    }

    List<StandingOverride> standingOverrides(UUID sessionId) {
        return jdbc.sql("select rule, basis from session_override where session_id = ? and basis is not null")
                .param(sessionId).query(StandingOverride.class).list();
    }

    List<OverrideRecord> overrides(UUID sessionId) {
        return jdbc.sql("select rule, reason, given_by, given_at from session_override where session_id = ? order by given_at, rule")
                .param(sessionId).query(OverrideRecord.class).list();
    }

    /**
     * A pending answer is overwritten by either answer; a SHORT one also by RESERVED, since inventory serves sessions
     * waiting for stock when units arrive. Nothing moves a session back to SHORT: a late duplicate refusal cannot undo
     * a reservation.
     */
    void stockAnswered(String chainId, UUID sessionId, StockStatus answer) {
        String[] replaced = answer == StockStatus.RESERVED ? new String[] {"PENDING", "SHORT"} : new String[] {"PENDING"};
        jdbc.sql("update injection_session set stock_status = ? where chain_id = ? and id = ? and stock_status = any(?)")
                .params(answer.name(), chainId, sessionId, replaced).update();
    }
}
