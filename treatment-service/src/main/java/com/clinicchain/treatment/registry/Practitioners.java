package com.clinicchain.treatment.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.kit.web.Pages;

/** The chain's practitioners and the clinics they work at; every query is scoped by chain. */
@Repository
public class Practitioners {

    private final JdbcClient jdbc;

    Practitioners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Practitioner> find(String chainId, String username) {
        return jdbc.sql("select * from practitioner where chain_id = ? and username = ?").params(chainId, username)
                .query(this::row).optional();
    }

    Optional<Practitioner> findForUpdate(String chainId, String username) {
        return jdbc.sql("select * from practitioner where chain_id = ? and username = ? for update")
                .params(chainId, username).query(this::row).optional();
    }

    /** @param atClinics null for every practitioner of the chain, else those working at any of these clinics */
    PageResponse<Practitioner> list(String chainId, Collection<String> atClinics, PageRequest page) {
        String where = " where p.chain_id = ?" + (atClinics == null ? "" : " and exists (select 1 from"
                + " practitioner_clinic pc where pc.chain_id = p.chain_id and pc.username = p.username"
                + " and pc.clinic_id = any(?))");
        List<Object> params = new ArrayList<>(List.of(chainId));
        if (atClinics != null) {
            params.add(atClinics.toArray(String[]::new));
        }
        return Pages.of(jdbc, page, "select p.* from practitioner p" + where + " order by p.username",
                "select count(*) from practitioner p" + where, params, this::row);
    }

    /** @return false if the chain already has a practitioner of that username */
    boolean insert(Practitioner practitioner, String by, Instant at) {
        int inserted = jdbc.sql("""
                insert into practitioner (chain_id, username, display_name, qualification, active, revision,
                                          changed_by, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(practitioner.chainId(), practitioner.username(), practitioner.displayName(),
                        practitioner.qualification().name(), practitioner.active(), practitioner.revision(), by,
                        Timestamp.from(at))
                .update();
        if (inserted == 0) {
            return false;
        }
        insertClinics(practitioner);
        return true;
    }

    void update(Practitioner practitioner, String by, Instant at) {
        jdbc.sql("""
                update practitioner set display_name = ?, qualification = ?, active = ?, revision = ?, changed_by = ?,
                       changed_at = ?
                where chain_id = ? and username = ?""")
                .params(practitioner.displayName(), practitioner.qualification().name(), practitioner.active(),
                        practitioner.revision(), by, Timestamp.from(at), practitioner.chainId(),
                        practitioner.username())
                .update();
        jdbc.sql("delete from practitioner_clinic where chain_id = ? and username = ?")
                .params(practitioner.chainId(), practitioner.username()).update();
        insertClinics(practitioner);
    }

    private void insertClinics(Practitioner practitioner) {
        for (String clinicId : practitioner.clinicIds()) {
            jdbc.sql("insert into practitioner_clinic (chain_id, username, clinic_id) values (?, ?, ?)")
                    .params(practitioner.chainId(), practitioner.username(), clinicId).update();
        }
    }

    private Practitioner row(ResultSet rs, int row) throws SQLException {
        String chainId = rs.getString("chain_id");
        String username = rs.getString("username");
        List<String> clinicIds = jdbc.sql("""
                select clinic_id from practitioner_clinic where chain_id = ? and username = ? order by clinic_id""")
                .params(chainId, username).query(String.class).list();
        return new Practitioner(chainId, username, rs.getString("display_name"), clinicIds,
                Qualification.valueOf(rs.getString("qualification")), rs.getBoolean("active"),
                rs.getLong("revision"));
    }
}
