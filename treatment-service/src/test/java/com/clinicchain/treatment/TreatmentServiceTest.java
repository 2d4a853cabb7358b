package com.clinicchain.treatment;

import com.clinicchain.testsupport.DemoProducts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import com.clinicchain.contracts.EventEnvelope;
import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.inventory.LotReceived;
import com.clinicchain.contracts.inventory.VialReconstituted;
import com.clinicchain.contracts.patient.ConsentGranted;
import com.clinicchain.contracts.patient.ScreeningUpdated;
import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.ApiClient.Reply;
import com.clinicchain.testsupport.RealInfrastructure;
import com.clinicchain.testsupport.Tokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Spring context, one embedded PostgreSQL, Kafka broker and Keycloak for every API test of this service; other
 * services' events are published onto Kafka as they would publish them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
public abstract class TreatmentServiceTest {

    protected static final UUID BOTOX = DemoProducts.BOTOX;
    protected static final UUID DYSPORT = UUID.fromString("00000000-0000-4000-8000-000000000002");
    /** Access tokens live 300 s; each is fetched again after 4 minutes so that a long run never uses a stale one. */
    private static final Map<String, Map.Entry<String, Instant>> TOKENS = new ConcurrentHashMap<>();
    protected static final String NORTH = "clinic-north";
    /** The demo partner client: client credentials, scopes patients.read, sessions.write and inventory.read. */
    private static final String PARTNER = "partner-demo";
    private static final AtomicInteger SLOTS = new AtomicInteger();

    @Value("${local.server.port}")
    int port;
    @Autowired
    protected KafkaTemplate<String, String> kafka;
    @Autowired
    protected JsonMapper json;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    protected ApiClient api;
    protected String rita;
    protected String nina;
    protected String mark;
    protected String alice;
    protected String oscar;

    @BeforeEach
    void client() {
        api = new ApiClient("http://127.0.0.1:" + port);
        rita = token("rita.reception");
        nina = token("nina.nurse");
        mark = token("mark.manager");
        alice = token("alice.admin");
        oscar = token("oscar.other");
    }

    /**
     * The demo chain's clinics and practitioners, registered as the demo profile registers them (the script is
     * idempotent), so that clinic-north and clinic-south and their practitioners exist as on a clinic's first day.
     */
    @BeforeEach
    void demoRegistry() {
        new ResourceDatabasePopulator(new ClassPathResource("db/demo/R__demo_registry.sql")).execute(dataSource);
    }

    private static String token(String user) {
        return TOKENS.compute(user, (name, cached) -> cached != null
                && cached.getValue().isAfter(Instant.now().minusSeconds(240)) ? cached
                : Map.entry(name.equals(PARTNER) ? Tokens.clientCredentials(PARTNER, "partner-demo-secret")
                        : Tokens.password(name), Instant.now())).getKey();
    }

    /**
     * A patient screened yesterday (nothing found) with a valid treatment consent, known to this service once the
     * consent has been consumed: both are keyed by the patient, so the screening is known by then too.
     */
    protected UUID consentedPatient() {
        UUID patient = UUID.randomUUID();
        screened(patient, Instant.now().minus(Duration.ofDays(1)));
        grantConsent(patient);
        return patient;
    }

    /** A screening that found nothing to worry about, recorded at {@code at}; answers its id. */
    protected UUID screened(UUID patient, Instant at) {
        UUID screening = UUID.randomUUID();
        publish(Events.PATIENT_TOPIC, patient, new ScreeningUpdated(patient, screening, at, List.of(), List.of(),
                List.of()));
        return screening;
    }

    /** Waits until this service knows the patient's treatment consent. */
    protected UUID awaitConsent(UUID patient) {
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from patient_consent where patient_id = ?", patient) > 0);
        return patient;
    }

    protected void grantConsent(UUID patient) {
        grant(patient, "TREATMENT_BOTULINUM_TOXIN");
    }

    /** A consent of {@code type}, signed a minute ago; answers its id. */
    protected UUID grant(UUID patient, String type) {
        UUID consent = UUID.randomUUID();
        publish(Events.PATIENT_TOPIC, patient, new ConsentGranted(consent, patient, type, 1,
                Instant.now().minusSeconds(60), null));
        return consent;
    }

    /** A patient who consented to treatment and to sharing with partners, both known here before this returns. */
    protected UUID sharingPatient() {
        UUID patient = consentedPatient();
        grant(patient, "PARTNER_DATA_SHARING");
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from patient_consent where patient_id = ?", patient) == 2);
        return patient;
    }

    protected static String partner() {
        return token(PARTNER);
    }

    /** A 100 U vial delivered at clinic-north and reconstituted just now, ready to inject. */
    protected UUID receiveVial(String lotNumber, UUID lotId, LocalDate expiry) {
        UUID vial = receiveSealedVial(lotNumber, lotId, expiry);
        // keyed by the vial, as a later reconstitution of it in a test, so that the later one is applied last
        publish(Events.INVENTORY_TOPIC, vial, new VialReconstituted(vial, lotId, NORTH, Instant.now(),
                new BigDecimal("2.5"), new BigDecimal("4")));
        return vial;
    }

    protected UUID receiveSealedVial(String lotNumber, UUID lotId, LocalDate expiry) {
        UUID vial = UUID.randomUUID();
        publish(Events.INVENTORY_TOPIC, lotId, new LotReceived(lotId, lotNumber, BOTOX, NORTH, expiry, 100,
                List.of(vial)));
        return vial;
    }

    protected void publish(String topic, UUID key, Object payload) {
        kafka.send(topic, key.toString(), json.writeValueAsString(EventEnvelope.of("demo-chain", payload, Instant.now()))).join();
    }

    /** Until this service knows the vial and that it was reconstituted (a sealed one: {@link #awaitSealedVial}). */
    protected void awaitVial(UUID vial) {
        awaitSealedVial(vial);
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from vial_state where vial_id = ? and reconstituted_at is not null", vial) == 1);
    }

    protected void awaitSealedVial(UUID vial) {
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from known_vial where vial_id = ?",
                vial) == 1);
    }

    /**
     * A booking of {@code units} from two hours on, with a practitioner of its own (registered at clinic-north and
     * clinic-south) and a half-hour slot of its own, so that bookings never collide (a patient is not booked twice at
     * once either).
     */
    protected Map<String, Object> booking(UUID patient, int units) {
        String startsAt = OffsetDateTime.now(ZoneOffset.UTC).plusHours(2).plusMinutes(31 * SLOTS.incrementAndGet())
                .toString();
        Map<String, Object> booking = new HashMap<>(Map.of("patientId", patient.toString(), "clinicId", NORTH,
                "practitioner", registeredPractitioner(), "startsAt", startsAt, "productId", BOTOX.toString()));
        booking.put("expectedUnits", units);
        return booking;
    }

    /** A nurse of their own, registered by the chain's admin at clinic-north and clinic-south; answers the username. */
    protected String registeredPractitioner() {
        String username = "dr-" + UUID.randomUUID();
        Reply registered = api.post(alice, "/api/practitioners", Map.of("username", username,
                "displayName", "Test Nurse", "clinicIds", List.of(NORTH, "clinic-south"), "qualification", "NURSE"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return username;
    }

    /** Books, retrying while the patient's consent is still on its way through Kafka. */
    protected Reply bookWhenEligible(String token, Map<String, Object> booking) {
        Reply[] last = new Reply[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            last[0] = api.post(token, "/api/sessions", booking);
            return last[0].status() != 422 || !last[0].body().contains("CONSENT_MISSING");
        });
        assertThat(last[0].status()).as(last[0].toString()).isEqualTo(201);
        return last[0];
    }

    protected String bookedSession(UUID patient, int units) {
        return bookWhenEligible(rita, booking(patient, units)).json().get("id").asString();
    }

    /** A session booked and completed by nina.nurse with {@code units} from the vial (which must be known). */
    protected String completedSession(UUID patient, UUID vial, int units) {
        String id = bookedSession(patient, units);
        Reply completed = api.post(nina, "/api/sessions/" + id + "/complete", injections(vial, units));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        return id;
    }

    protected static Map<String, Object> injections(UUID vial, int units) {
        return Map.of("injections", List.of(Map.of("area", "LATERAL_CANTHAL_LINES", "units", units,
                "vialId", vial.toString())));
    }

    protected static List<String> rules(Reply refusal) {
        List<String> rules = new ArrayList<>();
        refusal.json().get("reasons").forEach(reason -> rules.add(reason.get("rule").asString()));
        return rules;
    }

    protected static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).asString()));
        return values;
    }

    /** The events this service recorded for an aggregate, in order: the outbox is written with the change itself. */
    protected List<String> recordedEvents(String key) {
        return jdbc.sql("select envelope from outbox_event where record_key = ? order by seq")
                .param(key).query(String.class).list();
    }

    protected long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
