package com.clinicchain.treatment.vial;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicchain.contracts.inventory.LotReceived;

/** The vials the inventory service told us about: a vial we never heard of cannot be charted. */
@Repository
public class KnownVials {

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
                    .params(vialId, chainId, lot.clinicId(), lot.productId(), lot.lotId(), lot.lotNumber(),
                            lot.expiryDate(), lot.unitsPerVial())
                    .update();
        }
    }

    public Optional<KnownVial> find(String chainId, UUID vialId) {
        return jdbc.sql("select * from known_vial where chain_id = ? and vial_id = ?").params(chainId, vialId)
                .query(KnownVial.class).optional();
    }
}
