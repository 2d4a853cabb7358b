package com.clinicchain.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.ApiClient.Reply;

class PatientBatchTest extends PatientServiceTest {

    private List<String> ids(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        reply.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static String batch(String... ids) {
        return "/api/patients/batch?ids=" + String.join(",", ids);
    }

    @Test
    void staffReadSeveralPatientsAtOnceInTheOrderAskedAndEachIsAuditedAsARead() {
        String anna = registerPatient("Anna", unique("Batch"));
        String berit = registerPatient("Berit", unique("Batch"));
        String unknown = UUID.randomUUID().toString();

        for (String token : List.of(rita(), nina(), mark(), alice())) {
            assertThat(ids(api.get(token, batch(berit, unknown, anna, berit)))).containsExactly(berit, anna);
        }
        // repeated parameters work as well as a comma-separated list
        assertThat(ids(api.get(rita(), "/api/patients/batch?ids=" + anna + "&ids=" + berit)))
                .containsExactly(anna, berit);
        Reply one = api.get(rita(), batch(anna));
        assertThat(one.json().get("items").get(0).toString()).isEqualTo(api.get(rita(), "/api/patients/" + anna)
                .json().toString());

        // the same entries a single read leaves: one READ ALLOWED per patient per look (the single read adds one)
        assertThat(auditOf(anna)).containsExactly("REGISTER ALLOWED", "READ ALLOWED", "READ ALLOWED",
                "READ ALLOWED", "READ ALLOWED", "READ ALLOWED", "READ ALLOWED", "READ ALLOWED");
        assertThat(auditOf(berit)).containsExactly("REGISTER ALLOWED", "READ ALLOWED", "READ ALLOWED",
                "READ ALLOWED", "READ ALLOWED", "READ ALLOWED");
        assertThat(jdbc.sql("""
                select distinct actor_username from patient_access
                where patient_id = ?::uuid and action = 'READ'""").param(berit).query(String.class).list())
                .containsExactlyInAnyOrder("rita.reception", "nina.nurse", "mark.manager", "alice.admin");
        // the unknown id is recorded as a single read of it would be: NOT_FOUND, in the caller's chain
        assertThat(jdbc.sql("select outcome from patient_access where patient_id = ?::uuid and chain_id = 'demo-chain'")
                .param(unknown).query(String.class).list()).hasSize(4).containsOnly("NOT_FOUND");
    }

    @Test
    void anotherChainGetsNothingOfOursAndItsProbesStayInItsOwnChain() {
        String family = unique("Stranger");
        String ours = registerPatient("Cecilie", family);

        Reply stranger = api.get(oscar(), batch(ours, UUID.randomUUID().toString()));
        assertThat(ids(stranger)).isEmpty();
        assertThat(stranger.body()).doesNotContain(family);
        assertThat(auditOf(ours)).containsExactly("REGISTER ALLOWED");
        assertThat(jdbc.sql("select chain_id || ' ' || outcome from patient_access where patient_id = ?::uuid"
                        + " and action = 'READ'").param(ours).query(String.class).list())
                .containsExactly("other-chain NOT_FOUND");
    }

    @Test
    void aPartnerGetsOnlyTheDemographicsOfPatientsWhoShare() {
        String sharing = registerPatient("Dina", unique("Batch"));
        String notSharing = registerPatient("Eli", unique("Batch"));
        Reply granted = api.post(nina(), "/api/patients/" + sharing + "/consents", ConsentApiTest.consent(
                "PARTNER_DATA_SHARING", 1, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1)));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);

        Reply shared = api.get(partner(), batch(notSharing, sharing));
        assertThat(ids(shared)).containsExactly(sharing);
        assertThat(shared.json().get("items").get(0).toString())
                .isEqualTo(api.get(partner(), "/api/patients/" + sharing).json().toString());
        assertThat(auditOf(notSharing)).containsExactly("REGISTER ALLOWED", "READ DENIED");
        assertThat(auditOf(sharing)).endsWith("READ ALLOWED", "READ ALLOWED");
        assertThat(jdbc.sql("select distinct client_id from patient_access where patient_id = ?::uuid and partner")
                .param(notSharing).query(String.class).list()).containsExactly("partner-demo");

        api.post(nina(), "/api/patients/" + sharing + "/consents/" + granted.json().get("id").asString()
                + "/withdraw", java.util.Map.of("reason", "no more online booking"));
        assertThat(ids(api.get(partner(), batch(notSharing, sharing)))).isEmpty();
        assertThat(auditOf(sharing)).endsWith("READ DENIED");
    }

    @Test
    void badListsAreA400NamingIdsAndAWrongRoleIsAnAudited403First() {
        String id = registerPatient("Frida", unique("Batch"));
        assertProblem(api.get(rita(), "/api/patients/batch"), 400, "ids");
        assertProblem(api.get(rita(), "/api/patients/batch?ids="), 400, "ids");
        assertProblem(api.get(rita(), batch(id, "not-a-uuid")), 400, "ids");
        assertProblem(api.get(rita(), batch(id, "1-2-3-4-5")), 400, "ids");
        List<String> many = new ArrayList<>(Collections.nCopies(100, id));
        assertThat(ids(api.get(rita(), batch(many.toArray(String[]::new))))).containsExactly(id);
        many.add(id);
        assertProblem(api.get(rita(), batch(many.toArray(String[]::new))), 400, "ids");
        // nothing was read by the refused lists
        assertThat(auditOf(id)).containsExactly("REGISTER ALLOWED", "READ ALLOWED");
        assertThat(api.get(rita(), "/api/patients/" + id).status()).isEqualTo(200);
    }
}
