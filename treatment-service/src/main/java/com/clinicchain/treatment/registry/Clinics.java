package com.clinicchain.treatment.registry;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.kit.web.Pages;

/** The chain's clinics; every query is scoped by chain. */
@Repository
public class Clinics {

    private final JdbcClient jdbc;

    Clinics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Clinic> find(String chainId, String clinicId) {
        return one("select * from clinic where chain_id = ? and clinic_id = ?", chainId, clinicId);
    }

    /** The clinic's time zone alone, as asked for every calendar question. */
    Optional<String> timeZoneOf(String chainId, String clinicId) {
        return jdbc.sql("select time_zone from clinic where chain_id = ? and clinic_id = ?")
                .params(chainId, clinicId).query(String.class).optional();
    }

    /** Locks the row so that two changes of one clinic cannot both take the same next revision. */
    Optional<Clinic> findForUpdate(String chainId, String clinicId) {
        return one("select * from clinic where chain_id = ? and clinic_id = ? for update", chainId, clinicId);
    }

    /** @param clinicIds null for every clinic of the chain */
    PageResponse<Clinic> list(String chainId, Collection<String> clinicIds, PageRequest page) {
        String where = " where chain_id = ?" + (clinicIds == null ? "" : " and clinic_id = any(?)");
        List<Object> params = new ArrayList<>(List.of(chainId));
        if (clinicIds != null) {
            params.add(clinicIds.toArray(String[]::new));
        }
        return Pages.of(jdbc, page, "select * from clinic" + where + " order by clinic_id",
                "select count(*) from clinic" + where, params, this::row);
    }

    /** Which of {@code clinicIds} are registered and open in the chain. */
    Set<String> open(String chainId, Collection<String> clinicIds) {
        return new HashSet<>(jdbc.sql("select clinic_id from clinic where chain_id = ? and active and clinic_id = any(?)")
                .params(chainId, clinicIds.toArray(String[]::new)).query(String.class).list());
    }

    /** @return false if the chain already has a clinic of that id */
    boolean insert(Clinic clinic, String by, Instant at) {
        int inserted = jdbc.sql("""
                insert into clinic (chain_id, clinic_id, name, address_lines, postal_code, city, country_code, phone,
                                    time_zone, active, revision, changed_by, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(clinic.chainId(), clinic.clinicId(), clinic.name(),
                        clinic.address().lines().toArray(String[]::new), clinic.address().postalCode(),
                        clinic.address().city(), clinic.address().countryCode(), clinic.phone(),
                        clinic.timeZone().getId(), clinic.active(), clinic.revision(), by, Timestamp.from(at))
                .update();
        if (inserted == 0) {
            return false;
        }
        insertHours(clinic);
        return true;
    }

    void update(Clinic clinic, String by, Instant at) {
        jdbc.sql("""
                update clinic set name = ?, address_lines = ?, postal_code = ?, city = ?, country_code = ?, phone = ?,
                       time_zone = ?, active = ?, revision = ?, changed_by = ?, changed_at = ?
                where chain_id = ? and clinic_id = ?""")
                .params(clinic.name(), clinic.address().lines().toArray(String[]::new), clinic.address().postalCode(),
                        clinic.address().city(), clinic.address().countryCode(), clinic.phone(),
                        clinic.timeZone().getId(), clinic.active(), clinic.revision(), by, Timestamp.from(at),
                        clinic.chainId(), clinic.clinicId())
                .update();
        jdbc.sql("delete from clinic_opening_hours where chain_id = ? and clinic_id = ?")
                .params(clinic.chainId(), clinic.clinicId()).update();
        insertHours(clinic);
    }

    private void insertHours(Clinic clinic) {
        for (Clinic.OpeningHours hours : clinic.openingHours()) {
            jdbc.sql("insert into clinic_opening_hours (chain_id, clinic_id, day, opens, closes) values (?, ?, ?, ?, ?)")
                    .params(clinic.chainId(), clinic.clinicId(), hours.day().name(), Time.valueOf(hours.opens()),
                            Time.valueOf(hours.closes()))
                    .update();
        }
    }

    private Optional<Clinic> one(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(this::row).optional();
    }

    private Clinic row(ResultSet rs, int row) throws SQLException {
        String chainId = rs.getString("chain_id");
        String clinicId = rs.getString("clinic_id");
        Array lines = rs.getArray("address_lines");
        Clinic.Address address = lines == null ? null : new Clinic.Address(List.of((String[]) lines.getArray()),
                rs.getString("postal_code"), rs.getString("city"), rs.getString("country_code"));
        return new Clinic(chainId, clinicId, rs.getString("name"), address, rs.getString("phone"),
                ZoneId.of(rs.getString("time_zone")), hours(chainId, clinicId), rs.getBoolean("active"),
                rs.getLong("revision"));
    }

    /** Monday first, as a clinic's week reads. */
    private List<Clinic.OpeningHours> hours(String chainId, String clinicId) {
        return jdbc.sql("select day, opens, closes from clinic_opening_hours where chain_id = ? and clinic_id = ?")
                .params(chainId, clinicId)
                .query((rs, row) -> new Clinic.OpeningHours(DayOfWeek.valueOf(rs.getString(1)),
                        rs.getTime(2).toLocalTime(), rs.getTime(3).toLocalTime()))
                .list().stream()
                .sorted(Comparator.comparing(Clinic.OpeningHours::day)
                        .thenComparing(Clinic.OpeningHours::opens))
                .toList();
    }
}
