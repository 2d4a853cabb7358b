package com.clinicchain.inventory.vial;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicchain.inventory.vialstate.VialUsability;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;

/** Vials with their lot, for the lifecycle steps. Every statement names the chain. */
@Repository
class VialRecords {

    private static final String VIAL = """
            select v.id, v.chain_id, v.clinic_id, v.product_id, v.lot_id, l.lot_number, l.expiry_date,
                   l.status as lot_status, v.status, v.units_remaining, v.reconstituted_at, v.reconstituted_by,
                   v.saline_ml, v.units_per_tenth_ml, v.discard_reason, v.discarded_at, v.discarded_by,
                   v.discarded_units, v.quarantined_at, v.quarantine_reason
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
        long total = jdbc.sql("select count(*) from vial v" + due)
                .params(VialUsability.Sql.parameters(now)).param("chainId", chainId).param("clinicId", clinicId)
                .query(Long.class).single();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }
}
