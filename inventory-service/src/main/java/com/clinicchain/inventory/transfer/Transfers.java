package com.clinicchain.inventory.transfer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicchain.inventory.vialstate.LotStatus;
import com.clinicchain.inventory.vialstate.VialStatus;
import com.clinicchain.inventory.vialstate.VialUsability;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.kit.web.Pages;

/** Transfers and the vials they carry. Every statement names the chain or a row found through it. */
@Repository
class Transfers {

    private final JdbcClient jdbc;
    private final Clock clock;

    Transfers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Candidate(UUID id, String clinicId, UUID productId, VialStatus status, int unitsRemaining,
                     String lotNumber, LotStatus lotStatus, LocalDate expiryDate, Instant reconstitutedAt,
                     boolean quarantined) {

        VialUsability.Facts facts() {
            return new VialUsability.Facts(status, lotStatus, quarantined, expiryDate, reconstitutedAt, unitsRemaining);
        }
    }

    /** The vials asked for, locked, with what decides whether they may travel. */
    List<Candidate> lockVials(String chainId, List<UUID> vialIds) {
        return jdbc.sql("""
                select v.id, v.clinic_id, v.product_id, v.status, v.units_remaining, l.lot_number,
                       l.status as lot_status, l.expiry_date, v.reconstituted_at,
                       v.quarantined_at is not null as quarantined
                from vial v join lot l on l.id = v.lot_id
                where v.chain_id = ? and v.id = any(?) order by v.id for update of v""")
                .params(chainId, vialIds.toArray(UUID[]::new)).query(Candidate.class).list();
    }

    void insert(Transfer transfer, List<UUID> vialIds) {
        jdbc.sql("""
                insert into transfer (id, chain_id, from_clinic_id, to_clinic_id, product_id, status, units,
                                      requested_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(transfer.id(), transfer.chainId(), transfer.fromClinicId(), transfer.toClinicId(),
                        transfer.productId(), transfer.status().name(), transfer.units(), transfer.requestedBy())
                .update();
        jdbc.sql("insert into transfer_vial (transfer_id, vial_id) select ?, unnest(?)")
                .params(transfer.id(), vialIds.toArray(UUID[]::new)).update();
    }

    Optional<Transfer> find(String chainId, UUID id) {
        return jdbc.sql("select * from transfer where chain_id = ? and id = ?").params(chainId, id)
                .query(Transfer.class).optional();
    }

    /**
     * Transfers from or to any of the clinics (empty: every clinic of the chain), optionally in one status, oldest
     * request first.
     */
    PageResponse<Transfer> list(String chainId, Optional<Set<String>> clinics, Optional<TransferStatus> status,
                                PageRequest page) {
        StringBuilder where = new StringBuilder(" from transfer where chain_id = ?");
        List<Object> params = new ArrayList<>(List.of(chainId));
        clinics.ifPresent(ids -> {
            where.append(" and (from_clinic_id = any(?) or to_clinic_id = any(?))");
            params.add(ids.toArray(String[]::new));
            params.add(ids.toArray(String[]::new));
        });
        status.ifPresent(wanted -> {
            where.append(" and status = ?");
            params.add(wanted.name());
        });
        return Pages.of(jdbc, page, "select *" + where + " order by requested_at, id", "select count(*)" + where,
                params, Transfer.class);
    }

    Optional<Transfer> lock(String chainId, UUID id) {
        return jdbc.sql("select * from transfer where chain_id = ? and id = ? for update").params(chainId, id)
                .query(Transfer.class).optional();
    }

    List<UUID> vialsOf(UUID transferId) {
        return jdbc.sql("select vial_id from transfer_vial where transfer_id = ? order by vial_id").param(transferId)
                .query(UUID.class).list();
    }

    /** @param step one of dispatched, received, cancelled: the columns saying who and when */
    void move(UUID id, TransferStatus status, String step, String by, String reason) {
        Timestamp at = Timestamp.from(clock.instant());
        jdbc.sql("update transfer set status = ?, %1$s_by = ?, %1$s_at = ?%2$s where id = ?".formatted(step,
                        reason == null ? "" : ", cancel_reason = ?"))
                .params(reason == null ? List.of(status.name(), by, at, id) : List.of(status.name(), by, at, reason, id))
                .update();
    }

    /** Sets where and in which state the transfer's vials are. */
    void placeVials(UUID transferId, String clinicId, String status) {
        jdbc.sql("""
                update vial set clinic_id = ?, status = ?
                where id in (select vial_id from transfer_vial where transfer_id = ?)""")
                .params(clinicId, status, transferId).update();
    }

    List<UUID> lotsOf(UUID transferId) {
        return jdbc.sql("""
                select distinct v.lot_id from vial v join transfer_vial t on t.vial_id = v.id
                where t.transfer_id = ? order by v.lot_id""").param(transferId).query(UUID.class).list();
    }

    /**
     * Arrived vials go into the fridge where the receiving clinic already keeps vials of the same lot, if any;
     * otherwise into none until a manager places them. They are no longer in the sender's fridge.
     */
    void shelveArrived(UUID transferId) {
        jdbc.sql("""
                update vial v set fridge_id = (
                    select o.fridge_id from vial o
                    where o.lot_id = v.lot_id and o.clinic_id = v.clinic_id and o.fridge_id is not null
                      and %s
                      and o.id not in (select vial_id from transfer_vial where transfer_id = :transfer)
                    order by o.id limit 1)
                where v.id in (select vial_id from transfer_vial where transfer_id = :transfer)"""
                        .formatted(VialUsability.Sql.onTheShelf("o")))
                .param("transfer", transferId).update();
    }
}
