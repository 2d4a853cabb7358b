package com.clinicchain.inventory.lot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicchain.inventory.vialstate.VialState;
import com.clinicchain.inventory.vialstate.VialUsability;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;

/** Every vial is of one chain, clinic, product and lot; every query names the chain. */
@Repository
public class Vials {

    private static final String LINE = """
            select v.id, v.clinic_id, v.product_id, v.lot_id, l.lot_number, l.expiry_date, v.status, v.units_remaining,
                   v.fridge_id, v.quarantined_at, v.quarantine_reason
            from vial v join lot l on l.id = v.lot_id
            """;

    private final JdbcClient jdbc;

    Vials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the ids of the new sealed vials of the lot at the clinic, in a stable order */
    List<UUID> addSealed(Lot lot, String clinicId, int count, int unitsPerVial) {
        return jdbc.sql("""
                with added as (
                    insert into vial (id, chain_id, clinic_id, product_id, lot_id, status, units_remaining)
                    select gen_random_uuid(), ?, ?, ?, ?, 'SEALED', ? from generate_series(1, ?)
                    returning id)
                select id from added order by id""")
                .params(lot.chainId(), clinicId, lot.productId(), lot.id(), unitsPerVial, count)
                .query(UUID.class).list();
    }

    List<UUID> idsOfLot(String chainId, UUID lotId) {
        return jdbc.sql("select id from vial where chain_id = ? and lot_id = ? order by id").params(chainId, lotId)
                .query(UUID.class).list();
    }

    PageResponse<VialLine> atClinic(String chainId, String clinicId, VialFilter filter, PageRequest page) {
        String where = " where v.chain_id = ? and v.clinic_id = ?" + filter.sql("v");
        List<Object> params = new ArrayList<>(List.of(chainId, clinicId));
        filter.status().ifPresent(status -> params.add(status.name()));
        List<Object> paged = new ArrayList<>(params);
        paged.add(page.size());
        paged.add(page.offset());
        List<VialLine> items = jdbc.sql(LINE + where + """

                order by l.expiry_date, l.lot_number, v.id limit ? offset ?""")
                .params(paged).query(VialLine.class).list();
        long total = jdbc.sql("select count(*) from vial v" + where).params(params).query(Long.class).single();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    /**
     * One line per lot and clinic with its vials on the shelf, soonest expiry first.
     *
     * @param clinics   the clinics to list, or empty for every clinic of the chain
     * @param lotNumber only this lot, compared trimmed and case-insensitively as everywhere
     */
    PageResponse<HeldLot> lotsAt(String chainId, Optional<Set<String>> clinics, Optional<String> lotNumber,
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
        long total = jdbc.sql("select count(*) from (select 1 " + where + " group by l.id, v.clinic_id) lines")
                .params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(page.size());
        paged.add(page.offset());
        List<HeldLot> items = jdbc.sql("""
                select l.id as lot_id, v.clinic_id, l.product_id, p.brand, l.lot_number, l.expiry_date,
                       l.status as lot_status, l.status_reason, count(*) as vials,
                       count(*) filter (where v.status = 'SEALED') as sealed_vials,
                       count(*) filter (where v.quarantined_at is not null) as quarantined_vials,
                       sum(v.units_remaining) as units_left
                %s
                group by l.id, v.clinic_id, p.brand
                order by l.expiry_date, l.lot_number, l.id, v.clinic_id limit ? offset ?"""
                .formatted(where.toString().replace("join lot l on l.id = v.lot_id",
                        "join lot l on l.id = v.lot_id join product p on p.id = l.product_id")))
                .params(paged).query(HeldLot.class).list();
        return new PageResponse<>(items, page.page(), page.size(), total);
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
