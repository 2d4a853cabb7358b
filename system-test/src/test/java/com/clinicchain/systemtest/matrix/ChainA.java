package com.clinicchain.systemtest.matrix;

import com.clinicchain.testsupport.DemoProducts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.clinicchain.systemtest.Http;
import com.clinicchain.systemtest.Http.Answer;
import com.clinicchain.testsupport.ApiClient;

import tools.jackson.databind.JsonNode;

/**
 * Real records of chain A ({@code demo-chain}), created through the gateway by its own staff, for the matrix to
 * aim at. Everything created is remembered as a secret that a caller of another chain must never be shown.
 */
final class ChainA {

    static final String NORTH = "clinic-north";
    static final String SOUTH = "clinic-south";
    static final String BOTOX = DemoProducts.BOTOX_ID;
    private static final Duration EVENTS_ARRIVE = Duration.ofSeconds(30);

    private final String baseUrl;
    private final Set<String> secrets = ConcurrentHashMap.newKeySet();
    /** Patients with a valid treatment consent, not yet booked: the treatment service learns of them by Kafka. */
    private final Deque<String> consentedPatients = new ArrayDeque<>();
    /** Sealed 100 U vials the treatment service already knows, each used for one completion. */
    private final Deque<String> knownVials = new ArrayDeque<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private String lotNumberGivenToPatients;

    ChainA(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * Patients for the sessions to come and a lot of reconstituted vials to inject from, then waits until the
     * treatment service knows both.
     */
    void prepare(int patients) {
        for (int i = 0; i < patients; i++) {
            consentedPatients.add(patient());
        }
        JsonNode stock = call(201, Identity.MANAGER, "POST", "/api/inventory/lots", delivery(40));
        secrets.add(stock.get("id").asString());
        lotNumberGivenToPatients = stock.get("lotNumber").asString();
        stock.get("vialIds").forEach(vial -> {
            call(200, Identity.MANAGER, "POST", "/api/inventory/vials/" + vial.asString() + "/reconstitute",
                    Map.of("salineMl", 2.5));
            knownVials.add(vial.asString());
        });
        String treated = session(consentedPatient());
        complete(treated);
        call(201, Identity.PRACTITIONER, "POST", "/api/sessions/" + treated + "/adverse-events", Map.of("type",
                "HEADACHE", "severity", "MILD", "onsetAt", OffsetDateTime.now(ZoneOffset.UTC).toString()));
        fridge();
    }

    String baseUrl() {
        return baseUrl;
    }

    /** Ids of chain A's records and its patients' names. */
    Set<String> secrets() {
        return secrets;
    }

    String lotNumberGivenToPatients() {
        return lotNumberGivenToPatients;
    }

    Answer send(Identity who, String method, String path, Object body, Map<String, String> headers) {
        return Http.send(method, baseUrl + path, who.token(), body == null ? null : ApiClient.JSON.writeValueAsString(body),
                headers);
    }

    JsonNode call(int status, Identity who, String method, String path, Object body) {
        Answer answer = send(who, method, path, body, Map.of());
        assertThat(answer.status()).as("setup: %s %s by %s: %s", method, path, who, answer).isEqualTo(status);
        return answer.json();
    }

    /** Registered by reception; a screening, and consent to partner sharing and to treatment, by the nurse. */
    String patient() {
        Map<String, Object> demographics = newDemographics();
        String id = call(201, Identity.RECEPTIONIST, "POST", "/api/patients", demographics).get("id").asString();
        secrets.addAll(List.of(id, (String) demographics.get("givenName"), (String) demographics.get("familyName")));
        // the treatment consent last: the fixture waits for it, and all three travel on the patient's partition
        call(201, Identity.PRACTITIONER, "POST", "/api/patients/" + id + "/screenings",
                Map.of("conditions", List.of(), "medications", List.of()));
        for (String type : List.of("PARTNER_DATA_SHARING", "TREATMENT_BOTULINUM_TOXIN")) {
            call(201, Identity.PRACTITIONER, "POST", "/api/patients/" + id + "/consents", consent(type));
        }
        return id;
    }

    /**
     * A new name each time, so that registration's look-alike check never interferes. Not a secret by itself: the
     * other chain's admin, sent the same body, registers a patient of that name in his own chain.
     */
    Map<String, Object> newDemographics() {
        int n = sequence.incrementAndGet();
        return Map.of("givenName", "Matrixa" + letters(n), "familyName", "Tenantsen" + letters(n),
                "dateOfBirth", "1980-01-" + (10 + n % 18), "sex", "FEMALE", "homeClinicId", NORTH);
    }

    /** A patient whose consent the treatment service may not have heard of yet. */
    String consentedPatient() {
        return consentedPatients.isEmpty() ? patient() : consentedPatients.pop();
    }

    /** The current version of a patient record, as its ETag. */
    String etag(String path) {
        Answer answer = send(Identity.ADMIN, "GET", path, null, Map.of());
        assertThat(answer.etag()).as("ETag of %s: %s", path, answer).isNotNull();
        return answer.etag();
    }

    static Map<String, Object> consent(String type) {
        return Map.of("type", type, "templateVersion", 1, "method", "IN_CLINIC",
                "signedAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).toString());
    }

    /** A booking at clinic-north, retried while the treatment service has not yet heard of the consent. */
    String session(String patient) {
        Map<String, Object> booking = booking(patient);
        String id = whenKnown(201, () -> send(Identity.RECEPTIONIST, "POST", "/api/sessions", booking, Map.of()))
                .get("id").asString();
        secrets.add(id);
        return id;
    }

    /** Each booking an hour of its own: a patient's sessions may not overlap. */
    Map<String, Object> booking(String patient) {
        int n = sequence.incrementAndGet();
        return Map.of("patientId", patient, "clinicId", NORTH, "productId", BOTOX, "expectedUnits", 20,
                "startsAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).plusHours(n).toString());
    }

    /** The nurse injects 20 U from a reconstituted vial the treatment service knows. */
    void complete(String session) {
        String vial = knownVials.pop();
        whenKnown(200, () -> send(Identity.PRACTITIONER, "POST", "/api/sessions/" + session + "/complete",
                completion(vial), Map.of()));
    }

    String knownVial() {
        return knownVials.pop();
    }

    static Map<String, Object> completion(String vial) {
        return Map.of("injections", List.of(Map.of("area", "GLABELLAR_LINES", "units", 20, "vialId", vial)));
    }

    /** A delivery of a few 100 U vials at clinic-north. */
    JsonNode lot() {
        JsonNode lot = call(201, Identity.MANAGER, "POST", "/api/inventory/lots", delivery(3));
        secrets.add(lot.get("id").asString());
        lot.get("vialIds").forEach(vial -> secrets.add(vial.asString()));
        return lot;
    }

    /** Lot numbers are not a secret (another chain may buy the same lot), so they are not in {@link #secrets}. */
    Map<String, Object> delivery(int vials) {
        String lotNumber = "MX" + sequence.incrementAndGet() + "Q" + Long.toString(System.nanoTime() % 1_000_000, 36)
                .toUpperCase();
        return Map.of("productId", BOTOX, "lotNumber", lotNumber, "expiryDate", "2030-01-31",
                "supplier", "Allergan", "clinicId", NORTH, "vialCount", vials);
    }

    String fridge() {
        String id = call(201, Identity.MANAGER, "POST", "/api/inventory/fridges", newFridge()).get("id").asString();
        secrets.add(id);
        return id;
    }

    /** Fridge names are unique per clinic. */
    Map<String, Object> newFridge() {
        return Map.of("clinicId", NORTH, "name", "Matrix fridge " + sequence.incrementAndGet());
    }

    String followUpOf(String session) {
        JsonNode open = call(200, Identity.ADMIN, "GET", "/api/follow-ups?clinicId=" + NORTH + "&size=100", null);
        for (JsonNode followUp : open.get("items")) {
            if (followUp.get("sessionId").asString().equals(session)) {
                secrets.add(followUp.get("id").asString());
                return followUp.get("id").asString();
            }
        }
        throw new AssertionError("no open follow-up of session " + session + " in " + open);
    }

    String transfer(String vial) {
        String id = call(201, Identity.MANAGER, "POST", "/api/inventory/transfers",
                transferOf(vial)).get("id").asString();
        secrets.add(id);
        return id;
    }

    static Map<String, Object> transferOf(String vial) {
        return Map.of("fromClinicId", NORTH, "toClinicId", SOUTH, "vialIds", List.of(vial));
    }

    String consentOf(String patient) {
        String id = call(201, Identity.PRACTITIONER, "POST", "/api/patients/" + patient + "/consents",
                consent("MARKETING")).get("id").asString();
        secrets.add(id);
        return id;
    }

    /** Tries again while the answer is 422: the treatment service has not yet heard of the consent or vial (Kafka). */
    private static JsonNode whenKnown(int status, Supplier<Answer> attempt) {
        Instant deadline = Instant.now().plus(EVENTS_ARRIVE);
        Answer answer = attempt.get();
        while (answer.status() == 422 && Instant.now().isBefore(deadline)) {
            sleep();
            answer = attempt.get();
        }
        assertThat(answer.status()).as("setup: %s", answer).isEqualTo(status);
        return answer.json();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Names without digits (a name field may refuse them): 1 → "b", 27 → "bb". */
    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        int rest = n;
        do {
            s.append((char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return s.toString();
    }
}
