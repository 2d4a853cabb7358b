package com.clinicchain.inventory.lot;

import java.time.Clock;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicchain.inventory.vialstate.LotStatus;
import com.clinicchain.inventory.vialstate.VialUsability;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.kit.web.Pages;

/** Every query takes the caller's chain: another chain's lot is simply not found. */
@Repository
public class Lots {

    /** A lot with vials on a clinic's shelf. */
    public record Held(UUID id, String chainId, String lotNumber, UUID productId, LocalDate expiryDate,
                       String clinicId) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Lots(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Lot> find(String chainId, UUID id) {
        return jdbc.sql("select * from lot where chain_id = ? and id = ?").params(chainId, id)
                .query(Lot.class).optional();
    }

    /** Locks the lot until the transaction ends, so status changes of one lot queue up. */
    public Optional<Lot> lock(String chainId, UUID id) {
        return jdbc.sql("select * from lot where chain_id = ? and id = ? for update").params(chainId, id)
                .query(Lot.class).optional();
    }

    public void changeStatus(UUID id, LotStatus status, String reason, String by) {
        jdbc.sql("""
                update lot set status = ?, status_reason = ?, status_changed_by = ?, status_changed_at = ?
                where id = ?""").params(status.name(), reason, by, Timestamp.from(clock.instant()), id).update();
    }

    /**
     * The clinics where vials of the lot are on the shelf or on their way from: their available stock changes with
     * the lot, and they see it in their views.
     */
    public List<String> clinicsHolding(UUID lotId) {
        return jdbc.sql("""
                select distinct clinic_id from vial
                where lot_id = ? and status in ('SEALED', 'RECONSTITUTED', 'IN_USE', 'IN_TRANSIT') order by clinic_id""")
                .param(lotId).query(String.class).list();
    }

    /** The chain's lot of that number, compared trimmed and case-insensitively, locked until the transaction ends. */
    Optional<Lot> lockByNumber(String chainId, UUID productId, String lotNumber) {
        return jdbc.sql("""
                select * from lot where chain_id = ? and product_id = ? and upper(btrim(lot_number)) = upper(btrim(?))
                for update""").params(chainId, productId, lotNumber).query(Lot.class).optional();
    }

    /**
     * Adds the lot unless the chain already has one of that number (two first deliveries at once: one inserts, the
     * other waits for it and then finds the lot).
     *
     * @return whether this was the lot's first delivery
     */
    boolean insertIfAbsent(Lot lot) {
        return jdbc.sql("""
                insert into lot (id, chain_id, clinic_id, product_id, lot_number, expiry_date, supplier, vial_count,
                                 received_by, received_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(lot.id(), lot.chainId(), lot.clinicId(), lot.productId(), lot.lotNumber(), lot.expiryDate(),
                        lot.supplier(), lot.vialCount(), lot.receivedBy(), Timestamp.from(lot.receivedAt()))
                .update() == 1;
    }

    /** A later delivery of the lot: its vials count with the lot's. */
    void addVials(UUID lotId, int vials) {
        jdbc.sql("update lot set vial_count = vial_count + ? where id = ?").params(vials, lotId).update();
    }

    void recordDelivery(UUID id, Lot lot, String clinicId, String supplier, int vials, String by) {
        jdbc.sql("""
                insert into delivery (id, chain_id, lot_id, clinic_id, supplier, vial_count, received_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, lot.chainId(), lot.id(), clinicId, supplier, vials, by).update();
    }

    /**
     * One line per lot and clinic with its vials on the shelf, soonest expiry first.
     *
     * @param clinics   the clinics to list, or empty for every clinic of the chain
     * @param lotNumber only this lot, compared trimmed and case-insensitively as everywhere
     */
    PageResponse<HeldLot> heldAt(String chainId, Optional<Set<String>> clinics, Optional<String> lotNumber,
                                 PageRequest page) {
        StringBuilder where = new StringBuilder("""
                from vial v join lot l on l.id = v.lot_id
                where v.chain_id = ? and\s""" + VialUsability.Sql.onTheShelf("v"));
        List<Object> params = new ArrayList<>(List.of(chainId));
        clinics.ifPresent(ids -> {
            where.append(" and v.clinic_id = any(?)");
            params.add(ids.toArray(String[]::new));
        });
        lotNumber.ifPresent(number -> {
            where.append(" and upper(btrim(l.lot_number)) = upper(btrim(?))");
            params.add(number);
        });
        return Pages.of(jdbc, page, """
                select l.id as lot_id, v.clinic_id, l.product_id, p.brand, l.lot_number, l.expiry_date,
                       l.status as lot_status, l.status_reason, count(*) as vials,
                       count(*) filter (where v.status = 'SEALED') as sealed_vials,
                       count(*) filter (where v.quarantined_at is not null) as quarantined_vials,
                       sum(v.units_remaining) as units_left
                %s
                group by l.id, v.clinic_id, p.brand
                order by l.expiry_date, l.lot_number, l.id, v.clinic_id"""
                        .formatted(where.toString().replace("join lot l on l.id = v.lot_id",
                                "join lot l on l.id = v.lot_id join product p on p.id = l.product_id")),
                "select count(*) from (select 1 " + where + " group by l.id, v.clinic_id) lines", params,
                HeldLot.class);
    }

    /**
     * The lots not announced yet as expiring, nor recalled, that expire by {@code latest} and have vials on a clinic's
     * shelf: one line per lot and clinic holding them.
     */
    public List<Held> notWarnedExpiringBy(LocalDate latest) {
        return jdbc.sql("""
                select distinct l.id, l.chain_id, l.lot_number, l.product_id, l.expiry_date, v.clinic_id
                from lot l join vial v on v.lot_id = l.id
                where l.expiry_warned_at is null and l.status <> 'RECALLED' and l.expiry_date <= ? and %s
                order by l.id, v.clinic_id""".formatted(VialUsability.Sql.onTheShelf("v")))
                .param(latest).query(Held.class).list();
    }

    /** @return whether this call marked it (instances checking at once: the one that marks it announces it) */
    public boolean markExpiryWarned(UUID lotId) {
        return jdbc.sql("update lot set expiry_warned_at = ? where id = ? and expiry_warned_at is null"
                + " and status <> 'RECALLED'").params(Timestamp.from(clock.instant()), lotId).update() == 1;
    }
}
