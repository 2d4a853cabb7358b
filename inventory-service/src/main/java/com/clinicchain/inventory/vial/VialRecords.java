package com.clinicchain.inventory.vial;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicchain.inventory.vialstate.VialState;
import com.clinicchain.inventory.vialstate.VialUsability;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.kit.web.Pages;

/**
 * The vial table's one home: vials with their lot, for the lifecycle steps, the deliveries that add them, the lists and
 * the sessions that draw from them. Every statement names the chain.
 */
@Repository
public class VialRecords {

    private static final String VIAL = """
            select v.id, v.chain_id, v.clinic_id, v.product_id, v.lot_id, l.lot_number, l.expiry_date,
                   l.status as lot_status, v.status, v.units_remaining, v.reconstituted_at, v.reconstituted_by,
                   v.saline_ml, v.units_per_tenth_ml, v.discard_reason, v.discarded_at, v.discarded_by,
                   v.discarded_units, v.quarantined_at, v.quarantine_reason
            from vial v join lot l on l.id = v.lot_id
            """;

    /** A vial as listed ({@link VialLine}). */
    private static final String LINE = """
            select v.id, v.clinic_id, v.product_id, v.lot_id, l.lot_number, l.expiry_date, v.status, v.units_remaining,
                   v.fridge_id, v.quarantined_at, v.quarantine_reason
            from vial v join lot l on l.id = v.lot_id
            """;

    private final JdbcClient jdbc;

    VialRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Vial> find(String chainId, UUID id) {
        return jdbc.sql(VIAL + " where v.chain_id = ? and v.id = ?").params(chainId, id).query(Vial.class).optional();
    }

    /** Locks the vial until the transaction ends, so two steps on one vial queue up and see each other. */
    Optional<Vial> lock(String chainId, UUID id) {
        return jdbc.sql(VIAL + " where v.chain_id = ? and v.id = ? for update of v").params(chainId, id)
                .query(Vial.class).optional();
    }

    void reconstituted(UUID id, Instant at, String by, BigDecimal salineMl, BigDecimal unitsPerTenthMl) {
        jdbc.sql("""
                update vial set status = 'RECONSTITUTED', reconstituted_at = ?, reconstituted_by = ?, saline_ml = ?,
                                units_per_tenth_ml = ?
                where id = ?""")
                .params(Timestamp.from(at), by, salineMl, unitsPerTenthMl, id).update();
    }

    void discarded(UUID id, Instant at, String by, DiscardReason reason, String note, int units) {
        jdbc.sql("""
                update vial set status = 'DISCARDED', units_remaining = 0, discarded_at = ?, discarded_by = ?,
                                discard_reason = ?, discard_note = ?, discarded_units = ?
                where id = ?""")
                .params(Timestamp.from(at), by, reason.name(), note, units, id).update();
    }

    /** Ends the vial's quarantine; when and why it began stay in the outbox's VialsQuarantined. */
    void released(UUID id) {
        jdbc.sql("update vial set quarantined_at = null, quarantined_by = null, quarantine_reason = null where id = ?")
                .param(id).update();
    }

    /** Reconstituted vials whose 24 hours had run out by {@code now}, oldest first. */
    PageResponse<Vial> dueForDiscard(String chainId, String clinicId, Instant now, PageRequest page) {
        String due = " where v.chain_id = :chainId and v.clinic_id = :clinicId and v.status = 'RECONSTITUTED' and "
                + VialUsability.Sql.pastItsHours("v");
        List<Vial> items = jdbc.sql(VIAL + due + " order by v.reconstituted_at, v.id limit :size offset :offset")
                .params(VialUsability.Sql.parameters(now)).param("chainId", chainId).param("clinicId", clinicId)
                .param("size", page.size()).param("offset", page.offset()).query(Vial.class).list();
        // named parameters (the usability rule's), so the page helper's count is given rather than Pages.of's
        return PageResponse.of(page, items, () -> jdbc.sql("select count(*) from vial v" + due)
                .params(VialUsability.Sql.parameters(now)).param("chainId", chainId).param("clinicId", clinicId)
                .query(Long.class).single());
    }

    /** @return the ids of the new sealed vials of the lot at the clinic, in a stable order */
    public List<UUID> addSealed(String chainId, UUID productId, UUID lotId, String clinicId, int count,
                                int unitsPerVial) {
        return jdbc.sql("""
                with added as (
                    insert into vial (id, chain_id, clinic_id, product_id, lot_id, status, units_remaining)
                    select gen_random_uuid(), ?, ?, ?, ?, 'SEALED', ? from generate_series(1, ?)
                    returning id)
                select id from added order by id""")
                .params(chainId, clinicId, productId, lotId, unitsPerVial, count)
                .query(UUID.class).list();
    }

    public List<UUID> idsOfLot(String chainId, UUID lotId) {
        return jdbc.sql("select id from vial where chain_id = ? and lot_id = ? order by id").params(chainId, lotId)
                .query(UUID.class).list();
    }

    public PageResponse<VialLine> atClinic(String chainId, String clinicId, VialFilter filter, PageRequest page) {
        String where = " where v.chain_id = ? and v.clinic_id = ?" + filter.sql("v");
        List<Object> params = new ArrayList<>(List.of(chainId, clinicId));
        filter.status().ifPresent(status -> params.add(status.name()));
        return Pages.of(jdbc, page, LINE + where + " order by l.expiry_date, l.lot_number, v.id",
                "select count(*) from vial v" + where, params, VialLine.class);
    }

    /**
     * Draws units from a vial, if it is of that chain, clinic and product, usable ({@link VialUsability}: {@code now}
     * and the clinic's {@code today}) and holds enough; a vial drawn to zero is depleted, a reconstituted one stays
     * reconstituted (its 24 h keep running).
     *
     * @return the units left in the vial after the draw, or empty when nothing was drawn
     */
    public OptionalInt draw(String chainId, String clinicId, UUID productId, UUID vialId, int units, Instant now,
                            LocalDate today) {
        return jdbc.sql("""
                update vial v set units_remaining = units_remaining - :units,
                                  status = case when units_remaining = :units then 'DEPLETED'
                                                when status = 'RECONSTITUTED' then 'RECONSTITUTED'
                                                else 'IN_USE' end
                where id = :vialId and chain_id = :chainId and clinic_id = :clinicId and product_id = :productId
                  and units_remaining >= :units
                  and exists (select 1 from lot l where l.id = v.lot_id and %s)
                returning units_remaining""".formatted(VialUsability.Sql.usable("v", "l")))
                .params(VialUsability.Sql.parameters(now, today))
                .param("units", units).param("vialId", vialId).param("chainId", chainId)
                .param("clinicId", clinicId).param("productId", productId).query(Integer.class).optional()
                .map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /** The vial and its lot, for telling why units could not be drawn from it. */
    public Optional<VialState> state(String chainId, UUID vialId) {
        return jdbc.sql("""
                select v.id, v.clinic_id, v.product_id, l.lot_number, v.status, v.units_remaining,
                       l.status as lot_status, l.expiry_date, v.reconstituted_at,
                       v.quarantined_at is not null as quarantined
                from vial v join lot l on l.id = v.lot_id where v.chain_id = ? and v.id = ?""")
                .params(chainId, vialId).query(VialState.class).optional();
    }
}
