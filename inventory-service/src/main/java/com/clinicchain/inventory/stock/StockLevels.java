package com.clinicchain.inventory.stock;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stock per chain, clinic and product. Every statement names the chain. */
@Repository
public class StockLevels {

    private static final String LINE = """
            select s.clinic_id, s.product_id, p.brand, s.on_hand_units, s.reserved_units,
                   (select count(*) from vial v
                    where v.chain_id = s.chain_id and v.clinic_id = s.clinic_id and v.product_id = s.product_id
                      and v.status = 'SEALED') as sealed_vials
            from stock s join product p on p.id = s.product_id
            """;

    private final JdbcClient jdbc;

    StockLevels(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
     * {@link Stock#reserve} as one statement: the row lock and the re-checked condition make concurrent
     * reservations queue up, so the last units go to exactly one of them and the rest are refused.
     *
     * @return whether the units were reserved
     */
    public boolean reserve(String chainId, String clinicId, UUID productId, int units) {
        return jdbc.sql("""
                update stock set reserved_units = reserved_units + :units
                where chain_id = :chainId and clinic_id = :clinicId and product_id = :productId
                  and on_hand_units - reserved_units >= :units""")
                .param("units", units).param("chainId", chainId).param("clinicId", clinicId)
                .param("productId", productId).update() == 1;
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
        return jdbc.sql(LINE + " where s.chain_id = ? and s.clinic_id = ? order by p.brand, s.product_id")
                .params(chainId, clinicId).query(StockLine.class).list();
    }

    /** @param clinicIds the clinics to list, or empty for every clinic of the chain */
    List<StockLine> inChain(String chainId, Optional<Set<String>> clinicIds) {
        if (clinicIds.isEmpty()) {
            return jdbc.sql(LINE + " where s.chain_id = ? order by s.clinic_id, p.brand, s.product_id")
                    .param(chainId).query(StockLine.class).list();
        }
        return jdbc.sql(LINE + " where s.chain_id = ? and s.clinic_id = any(?) order by s.clinic_id, p.brand, s.product_id")
                .params(chainId, clinicIds.get().toArray(String[]::new)).query(StockLine.class).list();
    }
}
