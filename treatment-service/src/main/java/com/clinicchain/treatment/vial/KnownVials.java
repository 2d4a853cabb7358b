package com.clinicchain.treatment.vial;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicchain.contracts.inventory.LotQuarantined;
import com.clinicchain.contracts.inventory.LotRecalled;
import com.clinicchain.contracts.inventory.LotReceived;
import com.clinicchain.contracts.inventory.LotReleased;
import com.clinicchain.contracts.inventory.VialDiscarded;
import com.clinicchain.contracts.inventory.VialReconstituted;
import com.clinicchain.contracts.inventory.VialsDispatched;
import com.clinicchain.contracts.inventory.VialsReturned;
import com.clinicchain.contracts.inventory.VialsTransferred;

/**
 * The vials and lots the inventory service told us about: a vial we never heard of cannot be charted, nor one of
 * a recalled or quarantined lot, nor a quarantined vial, nor a discarded one, nor one in transit, nor a sealed one, nor one reconstituted more than 24 h ago. Each kind of event
 * writes its own row, so that events of one vial arriving out of order still leave the right state.
 */
@Repository
public class KnownVials {

    static final String RECALLED = "RECALLED";
    static final String QUARANTINED = "QUARANTINED";
    /** A recall blocks the lot at every clinic of the chain. */
    static final String EVERY_CLINIC = "*";

    private final JdbcClient jdbc;

    KnownVials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void received(String chainId, LotReceived lot) {
        for (UUID vialId : lot.vialIds()) {
            jdbc.sql("""
                    insert into known_vial (vial_id, chain_id, clinic_id, product_id, lot_id, lot_number, expiry_date,
                                            units_per_vial)
                    values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (vial_id) do nothing""")
                    .params(vialId, chainId, lot.clinicId(), lot.productId(), lot.lotId(), LotNumber.normalised(lot.lotNumber()),
                            lot.expiryDate(), lot.unitsPerVial())
                    .update();
        }
    }

    public void reconstituted(String chainId, VialReconstituted event) {
        jdbc.sql("""
                insert into vial_state (vial_id, chain_id, reconstituted_at) values (?, ?, ?)
                on conflict (vial_id) do update set reconstituted_at = excluded.reconstituted_at""")
                .params(event.vialId(), chainId, Timestamp.from(event.reconstitutedAt())).update();
    }

    /** @param at when inventory discarded it (the event's time), not when the news arrived here */
    public void discarded(String chainId, VialDiscarded event, Instant at) {
        jdbc.sql("""
                insert into vial_state (vial_id, chain_id, discarded_at, discard_reason) values (?, ?, ?, ?)
                on conflict (vial_id)
                do update set discarded_at = coalesce(vial_state.discarded_at, excluded.discarded_at),
                              discard_reason = excluded.discard_reason""")
                .params(event.vialId(), chainId, Timestamp.from(at), event.reason()).update();
    }

    /**
     * A dispatched vial is on nobody's shelf until its transfer ends. One row per vial and transfer, so that the end of
     * a transfer heard before its dispatch still leaves the vial out of transit.
     */
    public void dispatched(String chainId, VialsDispatched transfer) {
        for (UUID vialId : transfer.vialIds()) {
            jdbc.sql("""
                    insert into vial_transit (vial_id, transfer_id, chain_id, ended) values (?, ?, ?, false)
                    on conflict (vial_id, transfer_id) do nothing""")
                    .params(vialId, transfer.transferId(), chainId).update();
        }
    }

    /** A transferred vial is used at its new clinic; kept in vial_state so that it may arrive before LotReceived. */
    public void transferred(String chainId, VialsTransferred transfer) {
        arrived(chainId, transfer.transferId(), transfer.toClinicId(), transfer.vialIds());
    }

    /** A cancelled transfer puts its vials back on the shelf of the clinic that sent them. */
    public void returned(String chainId, VialsReturned transfer) {
        arrived(chainId, transfer.transferId(), transfer.clinicId(), transfer.vialIds());
    }

    private void arrived(String chainId, UUID transferId, String clinicId, List<UUID> vialIds) {
        for (UUID vialId : vialIds) {
            jdbc.sql("""
                    insert into vial_state (vial_id, chain_id, clinic_id) values (?, ?, ?)
                    on conflict (vial_id) do update set clinic_id = excluded.clinic_id""")
                    .params(vialId, chainId, clinicId).update();
            jdbc.sql("""
                    insert into vial_transit (vial_id, transfer_id, chain_id, ended) values (?, ?, ?, true)
                    on conflict (vial_id, transfer_id) do update set ended = true""")
                    .params(vialId, transferId, chainId).update();
        }
    }

    public void recalled(String chainId, LotRecalled event) {
        block(chainId, event.lotId(), EVERY_CLINIC, RECALLED, event.reason());
    }

    public void quarantined(String chainId, LotQuarantined event) {
        block(chainId, event.lotId(), event.clinicId(), QUARANTINED, event.reason());
    }

    /** Ends a quarantine at that clinic; a recall is never lifted by a release. */
    public void released(String chainId, LotReleased event) {
        jdbc.sql("delete from lot_block where chain_id = ? and lot_id = ? and clinic_id = ? and kind = ?")
                .params(chainId, event.lotId(), event.clinicId(), QUARANTINED).update();
    }

    /**
     * A vial quarantined on its own (its fridge ran warm), or released by a manager. The quarantine comes keyed by
     * fridge and the release by vial, so they may arrive in either order: the later of the two holds.
     */
    public void held(String chainId, List<UUID> vialIds, boolean held, Instant at) {
        for (UUID vialId : vialIds) {
            jdbc.sql("""
                    insert into vial_hold (vial_id, chain_id, held, changed_at) values (?, ?, ?, ?)
                    on conflict (vial_id) do update set held = excluded.held, changed_at = excluded.changed_at
                    where vial_hold.changed_at < excluded.changed_at""")
                    .params(vialId, chainId, held, Timestamp.from(at)).update();
        }
    }

    private void block(String chainId, UUID lotId, String clinicId, String kind, String reason) {
        jdbc.sql("""
                insert into lot_block (chain_id, lot_id, clinic_id, kind, reason) values (?, ?, ?, ?, ?)
                on conflict do nothing""").params(chainId, lotId, clinicId, kind, reason).update();
    }

    /**
     * Serialises completions charting the same vial until the transaction ends, so that two of them cannot both
     * take the units it has left. Locks in id order, so that two completions never wait for each other.
     */
    public void lockForCharting(String chainId, Collection<UUID> vialIds) {
        vialIds.stream().sorted().forEach(vialId -> jdbc.sql("select pg_advisory_xact_lock(hashtext(?))")
                .param(chainId + "/vial/" + vialId).query((rs, row) -> 1).single());
    }

    public Optional<KnownVial> find(String chainId, UUID vialId) {
        return jdbc.sql("""
                select v.vial_id, v.chain_id,
                       case when exists (select 1 from vial_transit t where t.chain_id = v.chain_id
                                         and t.vial_id = v.vial_id and not t.ended) then null
                            else coalesce(s.clinic_id, v.clinic_id) end as clinic_id, v.product_id, v.lot_id,
                       v.lot_number, v.expiry_date, v.units_per_vial, s.reconstituted_at, s.discarded_at,
                       exists (select 1 from lot_block b where b.chain_id = v.chain_id and b.lot_id = v.lot_id
                               and b.kind = 'RECALLED') as recalled,
                       exists (select 1 from lot_block b where b.chain_id = v.chain_id and b.lot_id = v.lot_id
                               and b.kind = 'QUARANTINED' and b.clinic_id = coalesce(s.clinic_id, v.clinic_id))
                           as quarantined,
                       exists (select 1 from vial_hold h where h.chain_id = v.chain_id and h.vial_id = v.vial_id
                               and h.held) as vial_quarantined,
                       v.units_per_vial - coalesce((select sum(i.units) from injection i where i.vial_id = v.vial_id), 0)
                           as units_left
                from known_vial v left join vial_state s on s.vial_id = v.vial_id and s.chain_id = v.chain_id
                where v.chain_id = ? and v.vial_id = ?""").params(chainId, vialId)
                .query(KnownVial.class).optional();
    }
}
