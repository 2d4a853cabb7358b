package com.clinicchain.patient;

import static com.clinicchain.patient.RegistryClinics.CHAIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

/**
 * A patient's home clinic is a clinic of the chain's registry (issue 11, registry): registering a patient, or moving
 * one, at a clinic the registry never announced, announced only to another chain, or closed, is a 422
 * {@code /problems/not-registered} naming {@code homeClinicId}, and nothing is stored, announced or audited. A patient
 * of a clinic that closed since stays editable. The registry's clinics come over the real broker.
 */
class HomeClinicApiTest extends PatientServiceTest {

    static void assertNotRegistered(Reply reply, String clinicId) {
        JsonNode problem = assertProblem(reply, 422, "homeClinicId");
        assertThat(problem.get("type").asString()).isEqualTo("/problems/not-registered");
        assertThat(problem.get("errors")).hasSize(1);
        assertThat(problem.get("detail").asString()).contains(clinicId);
    }

    long patientsNamed(String family) {
        return jdbc.sql("select count(*) from patient where family_name = ?").param(family).query(Long.class).single();
    }

    long outboxMentioning(String text) {
        return jdbc.sql("select count(*) from outbox_event where envelope like ?").param("%" + text + "%")
                .query(Long.class).single();
    }

    long registrationsAudited() {
        return jdbc.sql("select count(*) from patient_access where action = 'REGISTER'").query(Long.class).single();
    }

    /** A clinic of the demo chain's registry, open, at revision 1. */
    String openClinic() {
        String clinicId = RegistryClinics.unknownClinic();
        RegistryClinics.announce(jdbc, CHAIN, clinicId, true, 1);
        return clinicId;
    }

    /** The registry closes the clinic: a newer revision, no longer active. */
    void close(String clinicId) {
        RegistryClinics.announce(jdbc, CHAIN, clinicId, false, 2);
    }

    Reply register(String token, String family, String clinicId) {
        return api.post(token, "/api/patients", patient("Tove", family, clinicId));
    }

    Reply update(String id, int version, Map<String, Object> body) {
        return send("PUT", alice(), "/api/patients/" + id, body, "If-Match", "\"" + version + "\"");
    }

    @Test
    void aPatientIsNotRegisteredAtAClinicTheRegistryDoesNotKnow() {
        String unknown = RegistryClinics.unknownClinic();
        String family = unique("Nowhere");
        long audited = registrationsAudited();

        assertNotRegistered(register(alice(), family, unknown), unknown);

        assertThat(patientsNamed(family)).as("no patient").isZero();
        assertThat(outboxMentioning(unknown)).as("no event").isZero();
        assertThat(registrationsAudited()).as("no registration audited").isEqualTo(audited);
    }

    @Test
    void anotherChainsRegistryHasNoneOfOurClinics() {
        // oscar is the other chain's admin, who may act at any clinic of his chain: his registry has no clinic-north
        String family = unique("Stranger");
        assertNotRegistered(register(oscar(), family, "clinic-north"), "clinic-north");
        assertThat(patientsNamed(family)).isZero();

        Reply atHis = register(oscar(), unique("Stranger"), "other-clinic");
        assertThat(atHis.status()).as(atHis.toString()).isEqualTo(201);
    }

    @Test
    void aClosedClinicTakesNoNewPatientsButItsPatientsStayEditable() {
        String clinic = openClinic();
        String family = unique("Closing");
        Reply registered = register(alice(), family, clinic);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.json().get("id").asString();
        close(clinic);

        String newcomer = unique("Late");
        assertNotRegistered(register(alice(), newcomer, clinic), clinic);
        assertThat(patientsNamed(newcomer)).isZero();

        Map<String, Object> newPhone = new HashMap<>(patient("Tove", family, clinic));
        newPhone.put("phone", "+47 400 12 345");
        Reply edited = update(id, 0, newPhone);
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("homeClinicId").asString()).isEqualTo(clinic);
        assertThat(edited.json().get("phone").asString()).isEqualTo("+4740012345");

        // moving a patient there is a new patient for that clinic
        String elsewhere = registerPatient("Tove", unique("Mover"));
        assertNotRegistered(update(elsewhere, 0, patient("Tove", "Mover", clinic)), clinic);
    }

    @Test
    void aPatientIsNotMovedToAClinicTheRegistryDoesNotKnow() {
        String family = unique("Staying");
        String id = registerPatient("Tove", family);
        String before = jdbc.sql("select to_jsonb(p)::text from patient p where id = ?::uuid").param(id)
                .query(String.class).single();
        long events = outboxMentioning(id);
        String unknown = RegistryClinics.unknownClinic();

        assertNotRegistered(update(id, 0, patient("Tove", unique("Renamed"), unknown)), unknown);

        assertThat(jdbc.sql("select to_jsonb(p)::text from patient p where id = ?::uuid").param(id)
                .query(String.class).single()).as("stored patient unchanged").isEqualTo(before);
        assertThat(outboxMentioning(id)).as("no PatientUpdated").isEqualTo(events);
        assertThat(auditOf(id)).as("no update audited").containsExactly("REGISTER ALLOWED");
    }

    @Test
    void aClinicAnnouncedLaterTakesPatientsFromThen() {
        String clinicId = RegistryClinics.unknownClinic();
        assertNotRegistered(register(alice(), unique("Early"), clinicId), clinicId);

        RegistryClinics.announce(jdbc, CHAIN, clinicId, true, 1);

        Reply registered = register(alice(), unique("Early"), clinicId);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.json().get("homeClinicId").asString()).isEqualTo(clinicId);
    }

    @Test
    void malformedInputAndTheRightToActAtTheClinicAreCheckedFirst() {
        String unknown = RegistryClinics.unknownClinic();
        Map<String, Object> malformed = new HashMap<>(patient("Tove", unique("Malformed"), unknown));
        malformed.put("dateOfBirth", "1850-01-01");
        assertProblem(api.post(alice(), "/api/patients", malformed), 400, "dateOfBirth");
        // nina works at clinic-north only
        JsonNode forbidden = assertProblem(register(nina(), unique("Elsewhere"), unknown), 403);
        assertThat(forbidden.get("type").asString()).isEqualTo("/problems/forbidden");

        String id = registerPatient("Tove", unique("Guarded"));
        assertProblem(send("PUT", nina(), "/api/patients/" + id, patient("Tove", "Moved", unknown),
                "If-Match", "\"0\""), 403);
        assertThat(auditOf(id)).containsExactly("REGISTER ALLOWED", "UPDATE DENIED");
    }
}
