package com.clinicchain.inventory.stock;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicchain.inventory.vialstate.VialUsability;

/** Stock per chain, clinic and product. Every statement names the chain. */
@Repository
public class StockLevels {

    /**
     * Units on the shelf that no session may have: vials of quarantined or recalled lots, quarantined vials, and
     * reconstituted vials past their 24 hours. Correlated to a stock row named {@code s}. Three sums, each starting
     * from what is rare (blocked lots; quarantined vials; reconstituted vials) and each counting a vial once, so that a
     * clinic with thousands of sealed vials is not scanned on every reservation and every stock view. Its conditions
     * are {@link VialUsability.Sql}'s: bind {@link VialUsability.Sql#parameters(java.time.Instant)} with it.
     */
    public static final String UNUSABLE_UNITS = """
            ((select coalesce(sum(u.units_remaining), 0) from lot ul join vial u on u.lot_id = ul.id
              where ul.chain_id = s.chain_id and %1$s
                and u.clinic_id = s.clinic_id and u.product_id = s.product_id
                and %2$s)
             + (select coalesce(sum(u.units_remaining), 0) from vial u join lot ul on ul.id = u.lot_id
                where u.chain_id = s.chain_id and u.clinic_id = s.clinic_id and u.product_id = s.product_id
                  and %3$s and %2$s
                  and %4$s)
             + (select coalesce(sum(u.units_remaining), 0) from vial u join lot ul on ul.id = u.lot_id
                where u.chain_id = s.chain_id and u.clinic_id = s.clinic_id and u.product_id = s.product_id
                  and u.status = 'RECONSTITUTED' and %5$s
                  and not %3$s and %4$s))""".formatted(VialUsability.Sql.lotBlocked("ul"),
            VialUsability.Sql.onTheShelf("u"), VialUsability.Sql.quarantined("u"), VialUsability.Sql.lotOpen("ul"),
            VialUsability.Sql.pastItsHours("u"));

    private static final String LINE = """
            select s.clinic_id, s.product_id, p.brand, s.on_hand_units, s.reserved_units,
                   (select count(*) from vial v
                    where v.chain_id = s.chain_id and v.clinic_id = s.clinic_id and v.product_id = s.product_id
                      and v.status = 'SEALED') as sealed_vials,
                   %s as unusable_units
            from stock s join product p on p.id = s.product_id
            """.formatted(UNUSABLE_UNITS);

    private final JdbcClient jdbc;
    private final Clock clock;

    StockLevels(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void receive(String chainId, String clinicId, UUID productId, int units) {
        jdbc.sql("""
                insert into stock (chain_id, clinic_id, product_id, on_hand_units, reserved_units)
                values (?, ?, ?, ?, 0)
                on conflict (chain_id, clinic_id, product_id)
                do update set on_hand_units = stock.on_hand_units + excluded.on_hand_units""")
                .params(chainId, clinicId, productId, units).update();
    }

    /**
     * Holds units for a session when that many are available (on hand, less held, less the units of unusable vials)
     * as one statement: the row lock and the re-checked condition make concurrent reservations queue up, so the last units go to exactly one of them and the rest are refused.
     *
     * @return whether the units were reserved
     */
    public boolean reserve(String chainId, String clinicId, UUID productId, int units) {
        return jdbc.sql("""
                update stock s set reserved_units = reserved_units + :units
                where chain_id = :chainId and clinic_id = :clinicId and product_id = :productId
                  and on_hand_units - reserved_units - %s >= :units""".formatted(UNUSABLE_UNITS))
                .params(VialUsability.Sql.parameters(clock.instant())).param("units", units).param("chainId", chainId).param("clinicId", clinicId)
                .param("productId", productId).update() == 1;
    }

    /** On hand, less what sessions hold and what may not be used; never below zero. */
    public int availableUnits(String chainId, String clinicId, UUID productId) {
        return jdbc.sql("""
                select greatest(s.on_hand_units - s.reserved_units - %s, 0) from stock s
                where s.chain_id = :chainId and s.clinic_id = :clinicId and s.product_id = :productId"""
                        .formatted(UNUSABLE_UNITS))
                .params(VialUsability.Sql.parameters(clock.instant())).param("chainId", chainId)
                .param("clinicId", clinicId).param("productId", productId).query(Integer.class).optional().orElse(0);
    }

    /** Reads a stock level and locks it until the transaction ends, for changes computed by {@link Stock}. */
    public Optional<Stock> lock(String chainId, String clinicId, UUID productId) {
        return jdbc.sql("""
                select on_hand_units, reserved_units from stock
                where chain_id = ? and clinic_id = ? and product_id = ? for update""")
                .params(chainId, clinicId, productId).query(Stock.class).optional();
    }

    public void save(String chainId, String clinicId, UUID productId, Stock stock) {
        jdbc.sql("""
                update stock set on_hand_units = ?, reserved_units = ?
                where chain_id = ? and clinic_id = ? and product_id = ?""")
                .params(stock.onHandUnits(), stock.reservedUnits(), chainId, clinicId, productId).update();
    }

    List<StockLine> atClinic(String chainId, String clinicId) {
        return jdbc.sql(LINE + " where s.chain_id = :chainId and s.clinic_id = :clinicId order by p.brand, s.product_id")
                .params(VialUsability.Sql.parameters(clock.instant())).param("chainId", chainId)
                .param("clinicId", clinicId).query(StockLine.class).list();
    }

    /** @param clinicIds the clinics to list, or empty for every clinic of the chain */
    List<StockLine> inChain(String chainId, Optional<Set<String>> clinicIds) {
        if (clinicIds.isEmpty()) {
            return jdbc.sql(LINE + " where s.chain_id = :chainId order by s.clinic_id, p.brand, s.product_id")
                    .params(VialUsability.Sql.parameters(clock.instant())).param("chainId", chainId)
                    .query(StockLine.class).list();
        }
        return jdbc.sql(LINE + """
                 where s.chain_id = :chainId and s.clinic_id = any(:clinicIds)
                 order by s.clinic_id, p.brand, s.product_id""")
                .params(VialUsability.Sql.parameters(clock.instant())).param("chainId", chainId)
                .param("clinicIds", clinicIds.get().toArray(String[]::new)).query(StockLine.class).list();
    }
}
