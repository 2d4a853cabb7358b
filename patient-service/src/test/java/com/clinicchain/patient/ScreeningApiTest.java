package com.clinicchain.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.clinicchain.contracts.Events;
import com.clinicchain.testsupport.ApiClient.Reply;
import com.clinicchain.testsupport.TopicReader;

import tools.jackson.databind.JsonNode;

class ScreeningApiTest extends PatientServiceTest {

    @Test
    void aNewScreeningSupersedesTheLastAndPublishesCodesOnly() {
        String id = registerPatient("Vera", unique("Screened"));
        String path = "/api/patients/" + id + "/screenings";

        Reply first = api.post(nina(), path, Map.of("conditions", List.of("PREGNANCY"),
                "medications", List.of("ASPIRIN", "AMINOGLYCOSIDE"), "otherMedications", "secret herbal tea"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.location()).startsWith(path + "/");
        JsonNode body = first.json();
        assertThat(body.get("recordedBy").asString()).isEqualTo("nina.nurse");
        assertThat(body.get("contraindications").get(0).get("code").asString()).isEqualTo("PREGNANCY");
        assertThat(body.get("interactions").get(0).get("code").asString()).isEqualTo("AMINOGLYCOSIDE");
        assertThat(body.get("bleedingRisks").get(0).get("instruction").asString()).contains("stop before treatment");

        Reply second = api.post(alice(), path, Map.of("conditions", List.of(), "medications", List.of("FISH_OIL")));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        JsonNode current = api.get(nina(), path + "/current").json();
        assertThat(current.get("id").asString()).isEqualTo(second.json().get("id").asString());
        assertThat(current.get("supersedes").asString()).isEqualTo(body.get("id").asString());
        assertThat(current.get("contraindications")).isEmpty();
        JsonNode history = api.get(alice(), path).json().get("items");
        assertThat(history).hasSize(2);
        assertThat(history.get(1).get("otherMedications").asString()).isEqualTo("secret herbal tea");

        List<ConsumerRecord<String, String>> events = TopicReader.withKey(Events.PATIENT_TOPIC, id, 3);
        assertThat(events).extracting(ConsumerRecord::value).filteredOn(v -> v.contains("\"ScreeningUpdated\""))
                .hasSize(2).allSatisfy(v -> assertThat(v).doesNotContain("herbal"))
                .anySatisfy(v -> assertThat(v).contains("\"contraindications\":[\"PREGNANCY\"]")
                        .contains("\"interactions\":[\"AMINOGLYCOSIDE\"]").contains("\"bleedingRisks\":[\"ASPIRIN\"]"));
        assertThat(auditOf(id)).contains("SCREENING_RECORD ALLOWED", "SCREENING_READ ALLOWED");
    }

    @Test
    void receptionAndManagersSeeNoHealthDataAndOtherChainsNothing() {
        String id = registerPatient("Vera", unique("Private"));
        String path = "/api/patients/" + id + "/screenings";
        Map<String, Object> screening = Map.of("conditions", List.of("ALS"), "medications", List.of());
        assertThat(api.post(nina(), path, screening).status()).isEqualTo(201);

        assertProblem(api.post(rita(), path, screening), 403);
        assertProblem(api.get(rita(), path + "/current"), 403);
        assertProblem(api.get(mark(), path), 403);
        assertProblem(api.get(oscar(), path + "/current"), 404);
        assertProblem(api.post(oscar(), path, screening), 404);
        assertThat(auditOf(id)).contains("SCREENING_RECORD DENIED", "SCREENING_READ DENIED");
        String fresh = registerPatient("Vera", unique("Unscreened"));
        assertProblem(api.get(nina(), "/api/patients/" + fresh + "/screenings/current"), 404);
    }

    @Test
    void theHistoryComesInCappedPagesNewestFirst() {
        String id = registerPatient("Vera", unique("Paged"));
        String path = "/api/patients/" + id + "/screenings";
        List<String> recorded = new java.util.ArrayList<>();
        for (String medication : List.of("ASPIRIN", "FISH_OIL", "GINKGO")) {
            Reply reply = api.post(nina(), path, Map.of("conditions", List.of(), "medications", List.of(medication)));
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
            recorded.add(0, reply.json().get("id").asString());
        }

        JsonNode first = api.get(nina(), path + "?page=0&size=2").json();
        assertThat(first.get("totalItems").asLong()).isEqualTo(3);
        assertThat(first.get("size").asInt()).isEqualTo(2);
        JsonNode second = api.get(nina(), path + "?page=1&size=2").json();
        List<String> paged = new java.util.ArrayList<>();
        first.get("items").forEach(item -> paged.add(item.get("id").asString()));
        second.get("items").forEach(item -> paged.add(item.get("id").asString()));
        assertThat(paged).containsExactlyElementsOf(recorded);
        assertThat(second.get("totalItems").asLong()).isEqualTo(3);
        assertThat(api.get(nina(), path).json().get("items").get(0).get("medications").get(0).asString())
                .isEqualTo("GINKGO");

        assertProblem(api.get(nina(), path + "?size=101"), 400, "size");
        assertProblem(api.get(nina(), path + "?page=-1"), 400, "page");
        assertProblem(api.get(rita(), path + "?size=2"), 403);
        assertProblem(api.get(oscar(), path + "?size=2"), 404);
    }

    @Test
    void unknownCodesAndLongTextAreRefusedWithoutStoringAnything() {
        String id = registerPatient("Vera", unique("Invalid"));
        String path = "/api/patients/" + id + "/screenings";

        assertProblem(api.post(nina(), path, Map.of("conditions", List.of("HEADACHE"), "medications", List.of())),
                400, "conditions[0]");
        assertProblem(api.post(nina(), path, Map.of("conditions", List.of())), 400, "medications");
        assertProblem(api.post(nina(), path, Map.of("conditions", List.of(), "medications", List.of(),
                "otherConditions", "x".repeat(1001))), 400, "otherConditions");
        assertProblem(api.postJson(nina(), path, """
                {"conditions":[],"medications":[],"recordedBy":"someone.else"}"""), 400, "recordedBy");
        assertThat(jdbc.sql("select count(*) from screening where patient_id = ?::uuid").param(id)
                .query(Long.class).single()).isZero();
    }
}
