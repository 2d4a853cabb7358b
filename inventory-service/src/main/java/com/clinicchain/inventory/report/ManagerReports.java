package com.clinicchain.inventory.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicchain.inventory.stock.StockLevels;
import com.clinicchain.inventory.usage.Period;
import com.clinicchain.inventory.vialstate.VialUsability;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.kit.web.Pages;

/**
 * Read-only queries behind the manager's views. Each takes the chain and the clinics the caller may see (empty:
 * the whole chain), so one query serves managers, admins and partners.
 */
@Repository
class ManagerReports {

    private final JdbcClient jdbc;
    private final Clock clock;

    ManagerReports(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * One line per lot and clinic holding its vials (on the shelf: after transfers one lot is at several), so each
     * clinic sees what it can still use or move.
     */
    PageResponse<ReportLines.ExpiringLot> expiringLots(String chainId, Optional<Set<String>> clinics, LocalDate today,
                                                       int withinDays, PageRequest page) {
        List<Object> params = new ArrayList<>(List.of(chainId, today.plusDays(withinDays)));
        String placed = """
                from lot l join vial v on v.lot_id = l.id
                where l.chain_id = ? and l.status <> 'RECALLED' and l.expiry_date <= ? and v.status in %s %s
                group by l.id, v.clinic_id""".formatted(VialUsability.Sql.ON_THE_SHELF,
                clinicFilter(clinics, params, "v.clinic_id"));
        // the lines' query binds today first, the count does not: the page helper is given the count
        List<Object> paged = new ArrayList<>(List.of(today));
        paged.addAll(params);
        paged.add(page.size());
        paged.add(page.offset());
        List<ReportLines.ExpiringLot> items = jdbc.sql("""
                select h.lot_id, l.lot_number, l.product_id, p.brand, h.clinic_id, l.expiry_date,
                       (l.expiry_date - cast(? as date)) as days_left, l.status, h.vials_on_shelf, h.units_on_shelf
                from (select l.id as lot_id, v.clinic_id, count(*) as vials_on_shelf,
                             sum(v.units_remaining) as units_on_shelf %s) h
                join lot l on l.id = h.lot_id join product p on p.id = l.product_id
                order by l.expiry_date, l.lot_number, h.clinic_id, l.id limit ? offset ?""".formatted(placed))
                .params(paged).query(ReportLines.ExpiringLot.class).list();
        return PageResponse.of(page, items,
                () -> count("select count(*) from (select 1 " + placed + ") lines", params));
    }

    /** One line per blocked lot and clinic holding its vials; a lot with none left anywhere, at its receiving clinic. */
    PageResponse<ReportLines.BlockedLot> blockedLots(String chainId, Optional<Set<String>> clinics, PageRequest page) {
        List<Object> params = new ArrayList<>(List.of(chainId));
        String lines = """
                from lot l cross join lateral (
                    select v.clinic_id, count(*) as vials_on_shelf, sum(v.units_remaining) as units_on_shelf
                    from vial v where v.lot_id = l.id and v.status in %1$s group by v.clinic_id
                    union all
                    select l.clinic_id, 0, 0
                    where not exists (select 1 from vial v where v.lot_id = l.id and v.status in %1$s)) h
                where l.chain_id = ? and %3$s %2$s""".formatted(VialUsability.Sql.ON_THE_SHELF,
                clinicFilter(clinics, params, "h.clinic_id"), VialUsability.Sql.lotBlocked("l"));
        return Pages.of(jdbc, page, """
                select l.id as lot_id, l.lot_number, l.product_id, p.brand, h.clinic_id, l.status,
                       l.status_reason as reason, l.status_changed_by as changed_by,
                       l.status_changed_at as changed_at, h.vials_on_shelf, h.units_on_shelf
                %s
                order by l.status_changed_at desc, l.id, h.clinic_id"""
                        .formatted(lines.replace("from lot l", "from lot l join product p on p.id = l.product_id")),
                "select count(*) " + lines, params, ReportLines.BlockedLot.class);
    }

    /** Stock levels whose available units are under the clinic's minimum now, the furthest below first. */
    List<ReportLines.LowStock> lowStock(String chainId, Optional<Set<String>> clinics) {
        String filter = clinics.isEmpty() ? "" : " and s.clinic_id = any(:clinicIds)";
        return jdbc.sql("""
                select * from (
                    select s.clinic_id, s.product_id, p.brand, t.min_units,
                           greatest(s.on_hand_units - s.reserved_units - %s, 0) as available_units
                    from stock_threshold t
                    join stock s on s.chain_id = t.chain_id and s.clinic_id = t.clinic_id and s.product_id = t.product_id
                    join product p on p.id = s.product_id
                    where t.chain_id = :chainId %s) low
                where available_units < min_units
                order by available_units - min_units, clinic_id, product_id""".formatted(
                        StockLevels.UNUSABLE_UNITS, filter))
                .params(VialUsability.Sql.parameters(clock.instant())).param("chainId", chainId)
                .params(clinics.map(ids -> Map.<String, Object>of("clinicIds", ids.toArray(String[]::new)))
                        .orElse(Map.of()))
                .query(ReportLines.LowStock.class).list();
    }

    /** Vials discarded on the period's days, each on its clinic's calendar. */
    ReportLines.Waste waste(String chainId, Optional<Set<String>> clinics, Period period) {
        List<Object> params = new ArrayList<>(List.of(chainId));
        params.addAll(period.parameters());
        String filter = clinicFilter(clinics, params, "v.clinic_id");
        List<ReportLines.WasteLine> lines = jdbc.sql("""
                select v.clinic_id, v.product_id, p.brand, v.discard_reason as reason, count(*) as vials,
                       coalesce(sum(v.discarded_units), 0) as units
                from vial v join product p on p.id = v.product_id
                where v.chain_id = ? and v.status = 'DISCARDED' and %s %s
                group by v.clinic_id, v.product_id, p.brand, v.discard_reason
                order by v.clinic_id, p.brand, v.product_id, v.discard_reason""".formatted(
                        Period.onDays("v.discarded_at", "v.chain_id", "v.clinic_id"), filter))
                .params(params).query(ReportLines.WasteLine.class).list();
        return new ReportLines.Waste(period.from(), period.to(), lines.stream().mapToInt(ReportLines.WasteLine::units).sum(), lines);
    }

    private static String clinicFilter(Optional<Set<String>> clinics, List<Object> params, String column) {
        if (clinics.isEmpty()) {
            return "";
        }
        params.add(clinics.get().toArray(String[]::new));
        return " and " + column + " = any(?)";
    }

    private long count(String sql, List<Object> params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
