package com.clinicchain.inventory.usage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;

/** Read-only queries over the usage ledger; each takes the chain and the clinics the caller sees (empty: all). */
@Repository
class UsageReports {

    private final JdbcClient jdbc;

    UsageReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UsageLines.Usage usage(String chainId, Optional<Set<String>> clinics, Period period) {
        List<Object> params = params(chainId, period, clinics);
        String where = where(clinics);
        List<UsageLines.ClinicUsage> byClinic = jdbc.sql("""
                select u.clinic_id, u.product_id, p.brand, count(*) as sessions,
                       coalesce(sum(u.units_consumed), 0) as units_consumed
                from session_usage u join product p on p.id = u.product_id %s
                group by u.clinic_id, u.product_id, p.brand
                order by u.clinic_id, p.brand, u.product_id""".formatted(where))
                .params(params).query(UsageLines.ClinicUsage.class).list();
        List<UsageLines.ProductUsage> byProduct = jdbc.sql("""
                select u.product_id, p.brand, count(*) as sessions, coalesce(sum(u.units_consumed), 0) as units_consumed
                from session_usage u join product p on p.id = u.product_id %s
                group by u.product_id, p.brand
                order by p.brand, u.product_id""".formatted(where))
                .params(params).query(UsageLines.ProductUsage.class).list();
        List<UsageLines.PractitionerUsage> byPractitioner = jdbc.sql("""
                select u.practitioner, u.product_id, p.brand, count(*) as sessions,
                       coalesce(sum(u.units_consumed), 0) as units_consumed
                from session_usage u join product p on p.id = u.product_id %s
                group by u.practitioner, u.product_id, p.brand
                order by u.practitioner nulls last, p.brand, u.product_id""".formatted(where))
                .params(params).query(UsageLines.PractitionerUsage.class).list();
        return new UsageLines.Usage(period.from(), period.to(), byProduct, byClinic, byPractitioner);
    }

    UsageLines.Reconciliation reconciliation(String chainId, Optional<Set<String>> clinics, Period period) {
        List<UsageLines.ReconciliationLine> lines = jdbc.sql("""
                select u.clinic_id, u.product_id, p.brand, count(*) as sessions,
                       coalesce(sum(u.units_charted), 0) as units_charted,
                       coalesce(sum(u.units_consumed), 0) as units_consumed,
                       coalesce(sum(u.units_charted - u.units_consumed), 0) as units_unaccounted,
                       coalesce(sum(u.vials_depleted), 0) as vials_depleted,
                       (select count(*) from usage_discrepancy d
                        where d.chain_id = u.chain_id and d.clinic_id = u.clinic_id and d.product_id = u.product_id
                          and %s) as discrepancies
                from session_usage u join product p on p.id = u.product_id %s
                group by u.chain_id, u.clinic_id, u.product_id, p.brand
                order by u.clinic_id, p.brand, u.product_id""".formatted(
                        Period.onDays("d.completed_at", "d.chain_id", "d.clinic_id"), where(clinics)))
                .params(withPeriodFirst(period, params(chainId, period, clinics)))
                .query(UsageLines.ReconciliationLine.class).list();
        return new UsageLines.Reconciliation(period.from(), period.to(), lines);
    }

    /** Sessions completed in the period, newest first, each with its discrepancies. */
    PageResponse<UsageLines.ReconciledSession> sessions(String chainId, Optional<Set<String>> clinics, Period period,
                                                        boolean withDiscrepanciesOnly, PageRequest page) {
        String where = where(clinics) + (withDiscrepanciesOnly
                ? " and exists (select 1 from usage_discrepancy d where d.session_id = u.session_id)" : "");
        List<Object> params = params(chainId, period, clinics);
        List<Object> paged = new ArrayList<>(params);
        paged.add(page.size());
        paged.add(page.offset());
        record Row(UUID sessionId, String clinicId, UUID productId, String brand, String practitioner,
                   java.time.Instant completedAt, int unitsCharted, int unitsConsumed, int vialsDepleted) {
        }
        List<Row> rows = jdbc.sql("""
                select u.session_id, u.clinic_id, u.product_id, p.brand, u.practitioner, u.completed_at,
                       u.units_charted, u.units_consumed, u.vials_depleted
                from session_usage u join product p on p.id = u.product_id %s
                order by u.completed_at desc, u.session_id limit ? offset ?""".formatted(where))
                .params(paged).query(Row.class).list();
        Map<UUID, List<UsageLines.DiscrepancyLine>> lines = new LinkedHashMap<>();
        rows.forEach(row -> lines.put(row.sessionId(), new ArrayList<>()));
        if (!rows.isEmpty()) {
            record Found(UUID sessionId, UUID vialId, String lotNumber, int unitsCharted, DiscrepancyKind kind,
                         String detail) {
            }
            jdbc.sql("""
                    select session_id, vial_id, lot_number, units_charted, kind, detail from usage_discrepancy
                    where session_id = any(?) order by session_id, kind, vial_id""")
                    .param(rows.stream().map(Row::sessionId).toArray(UUID[]::new)).query(Found.class).list()
                    .forEach(found -> lines.get(found.sessionId()).add(new UsageLines.DiscrepancyLine(found.vialId(),
                            found.lotNumber(), found.unitsCharted(), found.kind(), found.detail())));
        }
        List<UsageLines.ReconciledSession> items = rows.stream().map(row -> new UsageLines.ReconciledSession(
                row.sessionId(), row.clinicId(), row.productId(), row.brand(), row.practitioner(), row.completedAt(),
                row.unitsCharted(),
                row.unitsConsumed(), row.vialsDepleted(), List.copyOf(lines.get(row.sessionId())))).toList();
        // each line also gathers its discrepancies, so the page helper is given the rows and the count
        return PageResponse.of(page, items, () -> jdbc.sql("select count(*) from session_usage u " + where)
                .params(params).query(Long.class).single());
    }

    private static List<Object> params(String chainId, Period period, Optional<Set<String>> clinics) {
        List<Object> params = new ArrayList<>(List.of(chainId));
        params.addAll(period.parameters());
        clinics.ifPresent(visible -> params.add(visible.toArray(String[]::new)));
        return params;
    }

    private static List<Object> withPeriodFirst(Period period, List<Object> params) {
        List<Object> all = new ArrayList<>(period.parameters());
        all.addAll(params);
        return all;
    }

    private static String where(Optional<Set<String>> clinics) {
        return " where u.chain_id = ? and " + Period.onDays("u.completed_at", "u.chain_id", "u.clinic_id")
                + (clinics.isPresent() ? " and u.clinic_id = any(?)" : "");
    }
}
