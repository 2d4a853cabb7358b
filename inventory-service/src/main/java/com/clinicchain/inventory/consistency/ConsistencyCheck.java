package com.clinicchain.inventory.consistency;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chain checked against itself: every stock row's reserved units are the sum of the open (RESERVED)
 * reservations of that clinic and product, counting a side with no row as zero. Read-only; one snapshot, so that
 * a reservation landing mid-check cannot show up as a difference.
 */
@Repository
class ConsistencyCheck {

    record Consistency(Instant checkedAt, List<Difference> differences) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ConsistencyCheck(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @param clinicId one clinic, or null for the whole chain */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    Consistency run(String chainId, String clinicId) {
        List<Object> params = new ArrayList<>(List.of(chainId, chainId));
        String clinic = "";
        if (clinicId != null) {
            clinic = " and coalesce(s.clinic_id, r.clinic_id) = ?";
            params.add(clinicId);
        }
        record Row(String clinicId, UUID productId, int recorded, int expected) {
        }
        List<Difference> differences = jdbc.sql("""
                select coalesce(s.clinic_id, r.clinic_id) as clinic_id, coalesce(s.product_id, r.product_id) as product_id,
                       coalesce(s.reserved_units, 0) as recorded, coalesce(r.units, 0) as expected
                from (select clinic_id, product_id, reserved_units from stock where chain_id = ?) s
                full join (select clinic_id, product_id, cast(sum(units) as int) as units from reservation
                           where chain_id = ? and status = 'RESERVED' group by clinic_id, product_id) r
                  on r.clinic_id = s.clinic_id and r.product_id = s.product_id
                where coalesce(s.reserved_units, 0) <> coalesce(r.units, 0) %s
                order by 1, 2""".formatted(clinic))
                .params(params).query(Row.class).list().stream()
                .map(row -> new Difference(Difference.Kind.RESERVED_UNITS, row.clinicId(), row.productId(),
                        row.recorded(), row.expected()))
                .toList();
        return new Consistency(clock.instant(), differences);
    }
}
