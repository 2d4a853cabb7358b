package com.clinicchain.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

/** The consent history is the legal record: grants and withdrawals are only ever added, whoever asks. */
class ConsentHistoryTest extends PatientServiceTest {

    @Test
    void aWithdrawalIsARowOfItsOwnAndNeitherTableCanBeRewrittenThroughTheServicesConnection() {
        String id = registerPatient("Sigrid", unique("Ledger"));
        Reply granted = api.post(nina(), "/api/patients/" + id + "/consents", ConsentApiTest.consent(
                "PHOTOGRAPHY", 1, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1)));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        String consentId = granted.json().get("id").asString();
        Reply withdrawn = api.post(nina(), "/api/patients/" + id + "/consents/" + consentId + "/withdraw",
                Map.of("reason", "no photos please"));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(jdbc.sql("select withdrawn_by || ' ' || reason from consent_withdrawal where consent_id = ?::uuid")
                .param(consentId).query(String.class).single()).isEqualTo("nina.nurse no photos please");

        // The service's own connection: the user that migrated the schema and owns the tables (a superuser here).
        for (String rewrite : new String[] {
                "update consent set witnessed_by = 'someone.else' where id = ?::uuid",
                "delete from consent where id = ?::uuid",
                "update consent_withdrawal set reason = 'edited' where consent_id = ?::uuid",
                "delete from consent_withdrawal where consent_id = ?::uuid" }) {
            assertThatThrownBy(() -> jdbc.sql(rewrite).param(consentId).update()).as(rewrite)
                    .rootCause().hasMessageContaining("append-only");
        }
        assertThatThrownBy(() -> jdbc.sql("truncate consent_withdrawal").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate consent cascade").update())
                .rootCause().hasMessageContaining("append-only");

        // Erasure pseudonymises the patient and leaves the consent history, withdrawal included, as it was.
        assertThat(api.post(alice(), "/api/patients/" + id + "/erase", Map.of()).status()).isEqualTo(200);
        JsonNode history = api.get(mark(), "/api/patients/" + id + "/consents").json().get("history");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("witnessedBy").asString()).isEqualTo("nina.nurse");
        assertThat(history.get(0).get("withdrawnBy").asString()).isEqualTo("nina.nurse");
        assertThat(history.get(0).get("withdrawalReason").asString()).isEqualTo("no photos please");
        assertThat(history.get(0).get("withdrawnAt").asString())
                .isEqualTo(withdrawn.json().get("withdrawnAt").asString());
    }
}
