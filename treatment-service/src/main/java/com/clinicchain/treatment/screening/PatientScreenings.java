package com.clinicchain.treatment.screening;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicchain.contracts.patient.ScreeningUpdated;

/** This service's copy of each patient's latest screening (codes only), kept from ScreeningUpdated. */
@Repository
public class PatientScreenings {

    private final JdbcClient jdbc;

    PatientScreenings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A screening older than the one kept (events of one patient may be redelivered late) changes nothing. */
    public void updated(String chainId, ScreeningUpdated s) {
        jdbc.sql("""
                insert into patient_screening (chain_id, patient_id, screening_id, recorded_at, contraindications,
                                               interactions, bleeding_risks)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (chain_id, patient_id) do update set screening_id = excluded.screening_id,
                    recorded_at = excluded.recorded_at, contraindications = excluded.contraindications,
                    interactions = excluded.interactions, bleeding_risks = excluded.bleeding_risks
                where patient_screening.recorded_at <= excluded.recorded_at""")
                .params(chainId, s.patientId(), s.screeningId(), Timestamp.from(s.recordedAt()),
                        join(s.contraindications()), join(s.interactions()), join(s.bleedingRisks()))
                .update();
    }

    public void erased(String chainId, UUID patientId) {
        jdbc.sql("delete from patient_screening where chain_id = ? and patient_id = ?").params(chainId, patientId)
                .update();
    }

    public Optional<Screening> find(String chainId, UUID patientId) {
        return jdbc.sql("""
                select contraindications, interactions, bleeding_risks, screening_id, recorded_at from patient_screening
                where chain_id = ? and patient_id = ?""").params(chainId, patientId)
                .query((rs, row) -> new Screening(split(rs.getString(1)), split(rs.getString(2)),
                        split(rs.getString(3)), rs.getObject(4, UUID.class), rs.getTimestamp(5).toInstant()))
                .optional();
    }

    /** Screening codes are UPPER_SNAKE identifiers, so a comma never occurs inside one. */
    private static String join(List<String> codes) {
        return codes == null ? "" : String.join(",", codes);
    }

    private static List<String> split(String codes) {
        return codes.isEmpty() ? List.of() : Arrays.asList(codes.split(","));
    }
}
