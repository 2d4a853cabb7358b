package com.clinicchain.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

class PatientSearchTest extends PatientServiceTest {

    @Test
    void namesAreFoundWhateverTheAccentsCaseOrOrder() {
        String family = "Ågård" + unique("");
        String plain = "agard" + family.substring(5);
        String id = registerPatient("Søren", family);

        assertThat(ids("q=" + plain + "%20sor")).containsExactly(id);
        assertThat(ids("q=SOREN%20" + plain.substring(0, 9).toUpperCase())).containsExactly(id);
        assertThat(ids("q=" + java.net.URLEncoder.encode(family, java.nio.charset.StandardCharsets.UTF_8))).containsExactly(id);
        assertThat(ids("q=" + plain + "%20x")).isEmpty();
        // Other chains never see our patients, and LIKE wildcards are just characters.
        assertThat(api.get(oscar(), "/api/patients?q=" + plain).json().get("totalItems").asLong()).isZero();
        assertThat(api.get(rita(), "/api/patients?q=%25").json().get("totalItems").asLong()).isZero();
        assertThat(auditOf(id)).contains("SEARCH_HIT ALLOWED");
    }

    @Test
    void phoneBirthDateAndRecordNumberNarrowTheSearch() {
        String family = unique("Phone");
        Map<String, Object> body = new HashMap<>(patient("Liv", family, "clinic-north"));
        body.put("phone", "+47 (555) 12-" + family.substring(5, 8).chars().map(c -> '0' + c % 10)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append));
        body.put("dateOfBirth", "1971-03-04");
        Reply created = api.post(rita(), "/api/patients", body);
        String id = created.json().get("id").asString();
        String phone = created.json().get("phone").asString();
        String mrn = created.json().get("medicalRecordNumber").asString();

        assertThat(ids("phone=" + phone.replace("+", "%2B"))).containsExactly(id);
        assertThat(ids("q=" + family + "&dateOfBirth=1971-03-04")).containsExactly(id);
        assertThat(ids("q=" + family + "&dateOfBirth=1971-03-05")).isEmpty();
        assertThat(ids("medicalRecordNumber=" + mrn.toLowerCase())).containsExactly(id);
        assertProblem(api.get(rita(), "/api/patients?dateOfBirth=yesterday"), 400, "dateOfBirth");
        assertProblem(api.get(rita(), "/api/patients?q=" + "a".repeat(201)), 400, "q");
        assertProblem(api.get(partner(), "/api/patients?q=" + family), 403);
    }

    @Test
    void pagesAreStableAndCapped() {
        String family = unique("Page");
        List<String> registered = new ArrayList<>();
        for (String given : List.of("Cecilie", "Anna", "Berit")) {
            registered.add(registerPatient(given, family));
        }
        List<String> pages = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode body = api.get(mark(), "/api/patients?q=" + family + "&size=1&page=" + page).json();
            assertThat(body.get("totalItems").asLong()).isEqualTo(3);
            pages.add(body.get("items").get(0).get("givenName").asString());
        }
        assertThat(pages).containsExactly("Anna", "Berit", "Cecilie");
        assertProblem(api.get(mark(), "/api/patients?size=101"), 400, "size");
    }

    @Test
    void registeringTheSamePersonTwiceNeedsConfirmation() {
        String family = unique("Twice");
        Reply first = api.post(rita(), "/api/patients", patient("Åse", family, "clinic-north"));
        String id = first.json().get("id").asString();

        JsonNode sameName = assertProblem(api.post(nina(), "/api/patients", patient("ASE", family.toUpperCase(),
                "clinic-north")), 409);
        assertThat(sameName.get("existingPatient").asString()).isEqualTo("/api/patients/" + id);
        Map<String, Object> samePhone = new HashMap<>(patient("Other", unique("Name"), "clinic-north"));
        samePhone.put("phone", first.json().get("phone").asString());
        assertThat(assertProblem(api.post(rita(), "/api/patients", samePhone), 409).get("existingPatient").asString())
                .endsWith(id);
        Map<String, Object> otherBirthday = new HashMap<>(samePhone);
        otherBirthday.put("dateOfBirth", "1990-01-01");
        assertThat(api.post(rita(), "/api/patients", otherBirthday).status()).isEqualTo(201);

        Map<String, Object> confirmed = new HashMap<>(patient("Åse", family, "clinic-north"));
        confirmed.put("confirmedDifferentPerson", true);
        assertThat(api.post(rita(), "/api/patients", confirmed).status()).isEqualTo(201);
        // Other chains have their own patients: the same person there is no duplicate of ours.
        assertThat(api.post(oscar(), "/api/patients", patient("Åse", family, "other-clinic")).status()).isNotEqualTo(409);
    }

    private List<String> ids(String query) {
        Reply reply = api.get(rita(), "/api/patients?" + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        reply.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}
