package com.clinicchain.patient.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.kit.web.Pages;

@Repository
public class Screenings {

    private final JdbcClient jdbc;

    Screenings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Screening s) {
        jdbc.sql("""
                insert into screening (id, patient_id, chain_id, recorded_at, recorded_by, conditions, medications,
                                       other_conditions, other_medications, supersedes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.id(), s.patientId(), s.chainId(), Timestamp.from(s.recordedAt()), s.recordedBy(),
                        join(s.conditions()), join(s.medications()), s.otherConditions(), s.otherMedications(),
                        s.supersedes())
                .update();
    }

    Optional<Screening> current(String chainId, UUID patientId) {
        return page(chainId, patientId, new PageRequest(0, 1)).items().stream().findFirst();
    }

    /** Newest first, the id breaking ties of the same instant, so that pages neither repeat nor skip a screening. */
    PageResponse<Screening> page(String chainId, UUID patientId, PageRequest page) {
        return Pages.of(jdbc, page, "select * from screening where chain_id = ? and patient_id = ?"
                        + " order by recorded_at desc, id desc",
                "select count(*) from screening where chain_id = ? and patient_id = ?", List.of(chainId, patientId),
                Screenings::map);
    }

    /** All of it, newest first: for the GDPR export, which must hold everything. */
    public List<Screening> history(String chainId, UUID patientId) {
        return jdbc.sql("""
                select * from screening where chain_id = ? and patient_id = ? order by recorded_at desc, id desc""")
                .params(chainId, patientId).query(Screenings::map).list();
    }

    private static Screening map(ResultSet rs, int row) throws SQLException {
        return new Screening(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getString("chain_id"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"),
                split(rs.getString("conditions"), Condition::valueOf), split(rs.getString("medications"), Medication::valueOf),
                rs.getString("other_conditions"), rs.getString("other_medications"),
                rs.getObject("supersedes", UUID.class));
    }

    private static String join(List<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static <E> List<E> split(String codes, Function<String, E> parse) {
        return codes.isEmpty() ? List.of() : Arrays.stream(codes.split(",")).map(parse).toList();
    }
}
