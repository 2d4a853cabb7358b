package com.clinicchain.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.clinicchain.contracts.EventEnvelope;
import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.registry.ClinicChanged;
import com.clinicchain.contracts.registry.PractitionerChanged;
import com.clinicchain.testsupport.ApiClient.Reply;
import com.clinicchain.testsupport.OpenApiDocument;
import com.clinicchain.testsupport.TopicReader;

import tools.jackson.databind.JsonNode;

/** The chain's clinic and practitioner registry: admins write, staff read their clinics, every change is published. */
class RegistryApiTest extends TreatmentServiceTest {

    @Test
    void documentsTheRegistryInItsOpenApiDocument() {
        OpenApiDocument.assertPublished(api, "treatment-service", "/api/clinics", "/api/clinics/{clinicId}",
                "/api/practitioners", "/api/practitioners/{username}");
    }

    @Test
    void anAdminRegistersReadsAndChangesAClinicAndEveryChangeIsPublished() {
        String id = "clinic-" + UUID.randomUUID();
        Reply created = api.post(alice, "/api/clinics", clinic(id));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/clinics/" + id);
        JsonNode body = created.json();
        assertThat(body.get("clinicId").asString()).isEqualTo(id);
        assertThat(body.get("name").asString()).isEqualTo("Clinic East");
        assertThat(body.at("/address/lines/0").asString()).isEqualTo("1 High Street");
        assertThat(body.at("/address/countryCode").asString()).isEqualTo("GB");
        assertThat(body.get("timeZone").asString()).isEqualTo("Europe/London");
        assertThat(body.at("/openingHours/0/day").asString()).isEqualTo("MONDAY");
        assertThat(body.at("/openingHours/0/opens").asString()).isEqualTo("09:00");
        assertThat(body.at("/openingHours/1/day").asString()).as("sorted Monday first").isEqualTo("SATURDAY");
        assertThat(body.get("active").asBoolean()).isTrue();
        assertThat(body.get("revision").asLong()).isEqualTo(1);

        Reply again = api.post(alice, "/api/clinics", clinic(id));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo("/problems/clinic-already-registered");

        assertThat(api.get(alice, "/api/clinics/" + id).json()).isEqualTo(body);
        Map<String, Object> change = clinic(null);
        change.put("name", "Clinic East (Harbour)");
        change.put("timeZone", "Europe/Paris");
        change.put("active", false);
        Reply changed = api.put(alice, "/api/clinics/" + id, change);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("revision").asLong()).isEqualTo(2);
        assertThat(api.get(alice, "/api/clinics/" + id).json().get("timeZone").asString()).isEqualTo("Europe/Paris");
        assertThat(api.get(alice, "/api/clinics/" + id).json().get("active").asBoolean()).isFalse();
        Map<String, Object> otherId = clinic("clinic-elsewhere");
        assertThat(field(api.put(alice, "/api/clinics/" + id, otherId))).isEqualTo("clinicId");

        List<ClinicChanged> published = payloads(TopicReader.withKey(Events.CLINIC_TOPIC, id, 2), ClinicChanged.class);
        assertThat(published).extracting(ClinicChanged::revision).containsExactly(1L, 2L);
        assertThat(published.get(0).address().city()).isEqualTo("Leeds");
        assertThat(published.get(0).openingHours()).hasSize(2);
        assertThat(published.get(1).timeZone()).isEqualTo("Europe/Paris");
        assertThat(published.get(1).active()).isFalse();
    }

    @Test
    void onlyAnAdminWritesStaffReadTheirClinicsAndAnotherChainFindsNothing() {
        String id = "clinic-" + UUID.randomUUID();
        for (String notAdmin : List.of(rita, nina, mark)) {
            assertThat(api.post(notAdmin, "/api/clinics", clinic(id)).status()).isEqualTo(403);
            assertThat(api.put(notAdmin, "/api/clinics/" + NORTH, clinic(null)).status()).isEqualTo(403);
        }
        assertThat(api.get(alice, "/api/clinics/" + id).status()).as("nothing stored").isEqualTo(404);
        assertThat(api.post(alice, "/api/clinics", clinic(id)).status()).isEqualTo(201);

        assertThat(clinicIds(alice)).contains(NORTH, "clinic-south", id);
        assertThat(clinicIds(mark)).containsExactly(NORTH, "clinic-south");
        assertThat(clinicIds(nina)).containsExactly(NORTH);
        assertThat(api.get(nina, "/api/clinics/" + NORTH).status()).isEqualTo(200);
        assertThat(api.get(nina, "/api/clinics/clinic-south").status()).isEqualTo(403);

        assertThat(clinicIds(oscar)).doesNotContain(NORTH, id);
        assertThat(api.get(oscar, "/api/clinics/" + id).status()).isEqualTo(404);
        assertThat(api.put(oscar, "/api/clinics/" + id, clinic(null)).status()).isEqualTo(404);
        assertThat(api.get(alice, "/api/clinics/" + id).json().get("revision").asLong()).isEqualTo(1);
        assertThat(api.get(null, "/api/clinics").status()).isEqualTo(401);
    }

    @Test
    void aBadClinicIsRefusedNamingEachFieldAndNothingIsStored() {
        String id = "clinic-" + UUID.randomUUID();
        assertThat(field(api.post(alice, "/api/clinics", with(clinic(id), "timeZone", "+01:00")))).isEqualTo("timeZone");
        assertThat(field(api.post(alice, "/api/clinics", with(clinic(id), "timeZone", "Europe/Atlantis"))))
                .isEqualTo("timeZone");
        assertThat(field(api.post(alice, "/api/clinics", with(clinic(id), "name", " ")))).isEqualTo("name");
        assertThat(field(api.post(alice, "/api/clinics", with(clinic(id), "clinicId", "north clinic/1"))))
                .isEqualTo("clinicId");
        assertThat(field(api.post(alice, "/api/clinics", with(clinic(id), "address", null)))).isEqualTo("address");
        assertThat(field(api.post(alice, "/api/clinics", with(clinic(id), "address", Map.of("lines", List.of("1 Road"),
                "postalCode", "LS1", "city", "Leeds", "countryCode", "gb"))))).isEqualTo("address.countryCode");
        assertThat(field(api.post(alice, "/api/clinics", with(clinic(id), "openingHours",
                List.of(Map.of("day", "MONDAY", "opens", "9am", "closes", "17:00")))))).isEqualTo("openingHours[0].opens");
        assertThat(field(api.post(alice, "/api/clinics", with(clinic(id), "openingHours",
                List.of(Map.of("day", "MONDAY", "opens", "09:00", "closes", "24:00")))))).isEqualTo("openingHours[0].closes");
        assertThat(field(api.post(alice, "/api/clinics", with(clinic(id), "openingHours",
                List.of(Map.of("day", "MONDAY", "opens", "17:00", "closes", "09:00")))))).isEqualTo("openingHours[0].closes");
        assertThat(field(api.post(alice, "/api/clinics", with(clinic(id), "openingHours",
                List.of(Map.of("day", "MONDAY", "opens", "09:00", "closes", "13:00"),
                        Map.of("day", "MONDAY", "opens", "12:00", "closes", "18:00")))))).isEqualTo("openingHours");
        assertThat(field(api.post(alice, "/api/clinics", with(clinic(id), "openingHours",
                List.of(Map.of("day", "FUNDAY", "opens", "09:00", "closes", "13:00")))))).isEqualTo("openingHours[0].day");

        Reply several = api.post(alice, "/api/clinics", with(with(clinic(id), "timeZone", "UTC+1"), "phone", "call us"));
        assertThat(several.status()).isEqualTo(400);
        assertThat(texts(several.json().get("errors"), "field")).containsExactlyInAnyOrder("timeZone", "phone");
        assertThat(several.contentType()).startsWith("application/problem+json");
        assertThat(api.get(alice, "/api/clinics/" + id).status()).isEqualTo(404);
        assertThat(recordedEvents(id)).isEmpty();
    }

    @Test
    void anAdminRegistersPractitionersAtTheChainsClinicsAndStaffSeeThoseOfTheirClinics() {
        String username = "pat." + UUID.randomUUID().toString().substring(0, 8);
        Reply created = api.post(alice, "/api/practitioners", practitioner(username, List.of(NORTH)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/practitioners/" + username);
        assertThat(created.json().get("displayName").asString()).isEqualTo("Pat Doctor");
        assertThat(created.json().at("/clinicIds/0").asString()).isEqualTo(NORTH);
        assertThat(created.json().get("qualification").asString()).isEqualTo("DOCTOR");
        assertThat(created.json().get("revision").asLong()).isEqualTo(1);
        Reply again = api.post(alice, "/api/practitioners", practitioner(username, List.of(NORTH)));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo("/problems/practitioner-already-registered");

        assertThat(usernames(rita, "?clinicId=" + NORTH + "&size=100")).contains(username, "nina.nurse")
                .doesNotContain("dan.doctor");
        assertThat(usernames(nina, "?size=100")).contains(username, "nina.nurse").doesNotContain("dan.doctor");
        assertThat(usernames(alice, "?size=100")).contains(username, "nina.nurse", "dan.doctor");
        assertThat(api.get(nina, "/api/practitioners?clinicId=clinic-south").status()).isEqualTo(403);
        assertThat(api.get(nina, "/api/practitioners/dan.doctor").status()).isEqualTo(403);
        assertThat(api.get(nina, "/api/practitioners/" + username).status()).isEqualTo(200);
        assertThat(api.get(nina, "/api/practitioners/nina.nurse").json().get("qualification").asString())
                .isEqualTo("NURSE");

        for (String notAdmin : List.of(rita, nina, mark)) {
            assertThat(api.post(notAdmin, "/api/practitioners", practitioner("x." + username, List.of(NORTH))).status())
                    .isEqualTo(403);
            assertThat(api.put(notAdmin, "/api/practitioners/" + username, practitioner(null, List.of(NORTH))).status())
                    .isEqualTo(403);
        }
        assertThat(api.get(oscar, "/api/practitioners/" + username).status()).isEqualTo(404);
        assertThat(api.put(oscar, "/api/practitioners/" + username, practitioner(null, List.of("other-clinic")))
                .status()).isEqualTo(404);
        assertThat(usernames(oscar, "?clinicId=" + NORTH)).isEmpty();

        Map<String, Object> change = practitioner(null, List.of("clinic-south", NORTH));
        change.put("qualification", "NURSE");
        Reply changed = api.put(alice, "/api/practitioners/" + username, change);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("revision").asLong()).isEqualTo(2);
        assertThat(usernames(alice, "?clinicId=clinic-south&size=100")).contains(username);

        List<PractitionerChanged> published = payloads(TopicReader.withKey(Events.CLINIC_TOPIC, username, 2),
                PractitionerChanged.class);
        assertThat(published).extracting(PractitionerChanged::revision).containsExactly(1L, 2L);
        assertThat(published.get(0).clinicIds()).containsExactly(NORTH);
        assertThat(published.get(1).clinicIds()).containsExactly(NORTH, "clinic-south");
        assertThat(published.get(1).qualification()).isEqualTo("NURSE");
    }

    @Test
    void aBadPractitionerIsRefusedNamingEachFieldAndNothingIsStored() {
        String username = "sam." + UUID.randomUUID().toString().substring(0, 8);
        assertThat(field(api.post(alice, "/api/practitioners", practitioner(username, List.of(NORTH, "clinic-nowhere")))))
                .isEqualTo("clinicIds[1]");
        assertThat(field(api.post(oscar, "/api/practitioners", practitioner(username, List.of(NORTH)))))
                .as("another chain's clinic is no clinic of this chain").isEqualTo("clinicIds[0]");
        assertThat(field(api.post(alice, "/api/practitioners", practitioner(username, List.of(NORTH, NORTH)))))
                .isEqualTo("clinicIds[1]");
        assertThat(field(api.post(alice, "/api/practitioners", practitioner(username, List.of())))).isEqualTo("clinicIds");
        assertThat(field(api.post(alice, "/api/practitioners",
                with(practitioner(username, List.of(NORTH)), "displayName", "")))).isEqualTo("displayName");
        assertThat(field(api.post(alice, "/api/practitioners",
                with(practitioner(username, List.of(NORTH)), "qualification", "WIZARD")))).isEqualTo("qualification");
        assertThat(field(api.post(alice, "/api/practitioners", practitioner("Sam.Smith", List.of(NORTH)))))
                .isEqualTo("username");
        String closed = "clinic-" + UUID.randomUUID();
        api.post(alice, "/api/clinics", with(clinic(closed), "active", false));
        assertThat(field(api.post(alice, "/api/practitioners", practitioner(username, List.of(closed)))))
                .isEqualTo("clinicIds[0]");
        assertThat(api.get(alice, "/api/practitioners/" + username).status()).isEqualTo(404);
        assertThat(recordedEvents(username)).isEmpty();
    }

    @Test
    void theDemoProfileRegistersTheDemoChainsClinicsAndStaffAndAnnouncesThem() {
        demoRegistry();
        JsonNode north = api.get(alice, "/api/clinics/" + NORTH).json();
        assertThat(north.get("name").asString()).isEqualTo("Clinic North");
        assertThat(api.get(alice, "/api/clinics/clinic-south").json().get("timeZone").asString())
                .isEqualTo("Europe/London");
        JsonNode nurse = api.get(alice, "/api/practitioners/nina.nurse").json();
        assertThat(nurse.get("qualification").asString()).isEqualTo("NURSE");
        assertThat(nurse.get("clinicIds").get(0).asString()).isEqualTo(NORTH);
        JsonNode doctor = api.get(alice, "/api/practitioners/dan.doctor").json();
        assertThat(doctor.get("qualification").asString()).isEqualTo("DOCTOR");
        assertThat(doctor.get("clinicIds").get(0).asString()).isEqualTo("clinic-south");

        ClinicChanged clinicEvent = payloads(TopicReader.withKey(Events.CLINIC_TOPIC, NORTH, 1), ClinicChanged.class)
                .get(0);
        assertThat(clinicEvent.name()).isEqualTo("Clinic North");
        assertThat(clinicEvent.address().countryCode()).isEqualTo("GB");
        assertThat(clinicEvent.openingHours()).hasSize(6);
        assertThat(clinicEvent.openingHours().get(0).opens()).hasToString("09:00");
        PractitionerChanged practitionerEvent = payloads(TopicReader.withKey(Events.CLINIC_TOPIC, "dan.doctor", 1),
                PractitionerChanged.class).get(0);
        assertThat(practitionerEvent.clinicIds()).containsExactly("clinic-south");
        assertThat(count("select count(*) from outbox_event where record_key in ('clinic-north', 'clinic-south',"
                + " 'nina.nurse', 'dan.doctor') and event_id::text like '00000000-0000-4000-8000-0000000005%'"))
                .as("a second run adds nothing").isEqualTo(4);
    }

    static Map<String, Object> clinic(String id) {
        Map<String, Object> clinic = new HashMap<>(Map.of("name", "Clinic East",
                "address", Map.of("lines", List.of("1 High Street"), "postalCode", "LS1 4AP", "city", "Leeds",
                        "countryCode", "GB"),
                "phone", "+44 113 496 0000", "timeZone", "Europe/London",
                "openingHours", List.of(Map.of("day", "SATURDAY", "opens", "10:00", "closes", "14:00"),
                        Map.of("day", "MONDAY", "opens", "09:00", "closes", "18:00"))));
        if (id != null) {
            clinic.put("clinicId", id);
        }
        return clinic;
    }

    private static Map<String, Object> practitioner(String username, List<String> clinicIds) {
        Map<String, Object> practitioner = new HashMap<>(Map.of("displayName", "Pat Doctor", "clinicIds", clinicIds,
                "qualification", "DOCTOR"));
        if (username != null) {
            practitioner.put("username", username);
        }
        return practitioner;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }

    private List<String> clinicIds(String token) {
        Reply reply = api.get(token, "/api/clinics?size=100");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return texts(reply.json().get("items"), "clinicId");
    }

    private List<String> usernames(String token, String query) {
        Reply reply = api.get(token, "/api/practitioners" + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return texts(reply.json().get("items"), "username");
    }

    private <P> List<P> payloads(List<ConsumerRecord<String, String>> records, Class<P> type) {
        List<P> payloads = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            EventEnvelope<?> envelope = json.readValue(record.value(), EventEnvelope.class);
            assertThat(envelope.type()).isEqualTo(type.getSimpleName());
            payloads.add(json.convertValue(envelope.payload(), type));
        }
        return payloads;
    }

    private static String field(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().get("type").asString()).isEqualTo("/problems/validation");
        return reply.json().get("errors").get(0).get("field").asString();
    }
}
