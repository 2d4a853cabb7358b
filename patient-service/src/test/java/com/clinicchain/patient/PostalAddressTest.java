package com.clinicchain.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.clinicchain.contracts.Events;
import com.clinicchain.testsupport.ApiClient.Reply;
import com.clinicchain.testsupport.TopicReader;

import tools.jackson.databind.JsonNode;

@ExtendWith(OutputCaptureExtension.class)
class PostalAddressTest extends PatientServiceTest {

    @Test
    void theAddressIsKeptReadUpdatedAndExportedButNeverPublishedOrLogged(CapturedOutput output) {
        String street = unique("Kongens gate ") + " 12";
        Map<String, Object> body = new HashMap<>(patient("Sigrid", unique("Address"), "clinic-north"));
        body.put("address", Map.of("streetLines", List.of("  " + street + " ", "3rd floor"), "postalCode", " 0153 ",
                "city", "Oslo", "countryCode", "no"));
        Reply registered = api.post(rita(), "/api/patients", body);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.json().get("id").asString();

        JsonNode address = api.get(mark(), "/api/patients/" + id).json().get("address");
        assertThat(address.get("streetLines").valueStream().map(JsonNode::asString).toList())
                .containsExactly(street, "3rd floor");
        assertThat(address.get("postalCode").asString()).isEqualTo("0153");
        assertThat(address.get("city").asString()).isEqualTo("Oslo");
        assertThat(address.get("countryCode").asString()).isEqualTo("NO");

        // PUT replaces the demographics: a new address, then none.
        body.put("address", Map.of("streetLines", List.of("Storgata 1"), "city", "Bergen", "countryCode", "NO"));
        Reply moved = send("PUT", rita(), "/api/patients/" + id, body, "If-Match", "\"0\"");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        JsonNode newAddress = moved.json().get("address");
        assertThat(newAddress.get("city").asString()).isEqualTo("Bergen");
        assertThat(newAddress.get("postalCode").isNull()).isTrue();
        assertThat(newAddress.get("streetLines")).hasSize(1);
        assertThat(api.get(alice(), "/api/patients/" + id + "/export").json().get("patient").get("address")
                .get("city").asString()).isEqualTo("Bergen");
        body.remove("address");
        Reply cleared = send("PUT", nina(), "/api/patients/" + id, body, "If-Match", "\"1\"");
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(cleared.json().get("address").isNull()).isTrue();

        List<ConsumerRecord<String, String>> events = TopicReader.withKey(Events.PATIENT_TOPIC, id, 3);
        assertThat(events).extracting(ConsumerRecord::value)
                .allSatisfy(value -> assertThat(value).doesNotContain(street).doesNotContain("Bergen"));
        assertThat(output.getAll()).doesNotContain(street).doesNotContain("Storgata");
    }

    @Test
    void aBadAddressNamesItsFieldAndStoresNothing() {
        String family = unique("Badaddress");
        Map<String, Object> body = new HashMap<>(patient("Sigrid", family, "clinic-north"));
        Map<String, Object> good = Map.of("streetLines", List.of("Storgata 1"), "postalCode", "0155", "city", "Oslo",
                "countryCode", "NO");

        assertProblem(register(body, good, "countryCode", "XX"), 400, "address.countryCode");
        assertProblem(register(body, good, "countryCode", "NOR"), 400, "address.countryCode");
        assertProblem(register(body, good, "streetLines", List.of("a", "b", "c", "d")), 400, "address.streetLines");
        assertProblem(register(body, good, "streetLines", List.of()), 400, "address.streetLines");
        assertProblem(register(body, good, "streetLines", List.of("x".repeat(101))), 400, "address.streetLines[0]");
        assertProblem(register(body, good, "postalCode", "01<55>"), 400, "address.postalCode");
        assertProblem(register(body, good, "postalCode", "1".repeat(17)), 400, "address.postalCode");
        assertProblem(register(body, good, "city", " "), 400, "address.city");
        assertProblem(register(body, good, "floor", 3), 400, "address.floor");
        assertThat(jdbc.sql("select count(*) from patient where family_name = ?").param(family).query(Long.class)
                .single()).isZero();

        // The same rules guard an update, and a refused one leaves the stored address as it was.
        body.put("address", good);
        String id = api.post(rita(), "/api/patients", body).json().get("id").asString();
        Map<String, Object> update = new HashMap<>(body);
        update.put("address", with(good, "countryCode", "ZZ"));
        assertProblem(send("PUT", rita(), "/api/patients/" + id, update, "If-Match", "\"0\""), 400,
                "address.countryCode");
        assertThat(jdbc.sql("select country_code || ' ' || version from patient where id = ?::uuid").param(id)
                .query(String.class).single()).isEqualTo("NO 0");
    }

    @Test
    void erasureClearsTheAddress() {
        Map<String, Object> body = new HashMap<>(patient("Sigrid", unique("Forgotten"), "clinic-north"));
        body.put("address", Map.of("streetLines", List.of("Storgata 9"), "postalCode", "0155", "city", "Oslo",
                "countryCode", "NO"));
        String id = api.post(rita(), "/api/patients", body).json().get("id").asString();
        api.post(nina(), "/api/patients/" + id + "/consents", ConsentApiTest.consent("TREATMENT_BOTULINUM_TOXIN", 1,
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1)));

        Reply erased = api.post(alice(), "/api/patients/" + id + "/erase", Map.of());
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(erased.json().get("address").isNull()).isTrue();
        assertThat(jdbc.sql("""
                select count(*) from patient where id = ?::uuid
                  and coalesce(street_line_1, street_line_2, street_line_3, postal_code, city, country_code) is not null""").param(id).query(Long.class).single()).isZero();
    }

    private Reply register(Map<String, Object> body, Map<String, Object> address, String field, Object value) {
        Map<String, Object> request = new HashMap<>(body);
        request.put("address", with(address, field, value));
        return api.post(rita(), "/api/patients", request);
    }

    private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(map);
        copy.put(key, value);
        return copy;
    }
}
