package com.clinicchain.inventory.reservation;

import static com.clinicchain.inventory.Fixtures.BOTOX;
import static com.clinicchain.inventory.Fixtures.CHAIN;
import static com.clinicchain.inventory.Fixtures.receive;
import static com.clinicchain.inventory.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.clinicchain.contracts.EventEnvelope;
import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.treatment.SessionCompleted;
import com.clinicchain.contracts.treatment.SessionCompleted.VialUse;
import com.clinicchain.contracts.treatment.SessionScheduled;
import com.clinicchain.inventory.Fixtures;
import com.clinicchain.inventory.Fixtures.Lot;
import com.clinicchain.inventory.InventoryServiceTest;
import com.clinicchain.testsupport.ApiClient.Reply;
import com.clinicchain.testsupport.TopicReader;

import tools.jackson.databind.JsonNode;

/**
 * Fault test 4 of the reliability issue, on the real broker and the kit's error handler and dead-letter endpoints
 * (the treatment service's DeadLetterReplayTest puts a letter on the DLT by hand; here records really fail).
 * <p>
 * A record that can never be read goes to {@code treatment-events.DLT} at once. A record whose effect the database
 * refuses is retried with backoff, then dead-lettered; the records behind it are applied; once the cause is gone an
 * admin replays it, twice, and it is applied once. The database's refusal is injected with a trigger on the usage
 * ledger (as a revoked grant or a full disk would refuse it). A completion naming a vial unknown here is not such a
 * record: it is applied, its units listed as a discrepancy (see UsageApiTest), since the session did happen.
 */
class PoisonRecordFaultTest extends InventoryServiceTest {

    static final Duration PATIENCE = Duration.ofSeconds(90);
    static final String DLT = Events.TREATMENT_TOPIC + Events.DEAD_LETTER_SUFFIX;

    @Test
    void anUnreadableRecordIsDeadLetteredAtOnceAndTheNextIsApplied() {
        String clinic = Fixtures.newClinic();
        receive(api, clinic, 1);
        UUID key = UUID.randomUUID();
        Fixtures.sendRaw(key, "SessionScheduled", "{\"id\": \"not json");
        UUID next = UUID.randomUUID();
        Fixtures.send(key, new SessionScheduled(next, UUID.randomUUID(), clinic, BOTOX, 10, Instant.now()));

        await().atMost(PATIENCE).until(() -> "RESERVED".equals(status(next)));
        ConsumerRecord<String, String> letter = TopicReader.withKey(DLT, key.toString(), 1).get(0);
        assertThat(header(letter, "kafka_dlt-exception-message")).contains("unreadable event");
        assertThat(header(letter, "kafka_dlt-original-topic")).isEqualTo(Events.TREATMENT_TOPIC);
        assertThat(letter.value()).isEqualTo("{\"id\": \"not json");
    }

    @Test
    void aRecordTheDatabaseRefusesIsRetriedDeadLetteredAndAppliedOnceWhenReplayedAfterTheFix() {
        String clinic = Fixtures.newClinic();
        Lot lot = receive(api, clinic, 1);
        UUID session = UUID.randomUUID();
        Fixtures.send(session, new SessionScheduled(session, UUID.randomUUID(), clinic, BOTOX, 30, Instant.now()));
        await().atMost(PATIENCE).until(() -> "RESERVED".equals(status(session)));
        String fault = "injected_fault_" + UUID.randomUUID().toString().substring(0, 8);
        injectFault(fault, session);
        try {
            var completion = EventEnvelope.of(CHAIN, new SessionCompleted(session, UUID.randomUUID(), clinic, BOTOX,
                    List.of(new VialUse(lot.vialIds().get(0), "X", 24))), Instant.now());
            Fixtures.send(session, completion);
            UUID behind = UUID.randomUUID();
            Fixtures.send(session, new SessionScheduled(behind, UUID.randomUUID(), clinic, BOTOX, 10, Instant.now()));

            await().atMost(PATIENCE).until(() -> "RESERVED".equals(status(behind)));
            assertThat(attempts(fault)).as("tried, then retried with backoff before giving up").isGreaterThanOrEqualTo(6);
            assertThat(status(session)).as("nothing of the failed completion stayed").isEqualTo("RESERVED");
            assertThat(stock(clinic, "on_hand_units")).isEqualTo(100);
            assertThat(stock(clinic, "reserved_units")).isEqualTo(40);
            JsonNode letter = deadLetterFor(session.toString());
            assertThat(letter.get("eventType").asString()).isEqualTo("SessionCompleted");
            assertThat(letter.get("error").asString()).as("the error, first line, for the admin").isNotBlank();
            ConsumerRecord<String, String> failed = TopicReader.read(DLT, record -> session.toString()
                    .equals(record.key()) && record.value().contains("SessionCompleted"), 1, PATIENCE).get(0);
            assertThat(header(failed, "kafka_dlt-exception-message")).contains("refuses session " + session);
            assertThat(header(failed, "kafka_dlt-original-topic")).isEqualTo(Events.TREATMENT_TOPIC);

            removeFault(fault);
            String replay = "/admin/dead-letters/" + letter.get("topic").asString() + "/"
                    + letter.get("partition").asInt() + "/" + letter.get("offset").asLong() + "/replay";
            assertThat(api.post(token("mark.manager"), replay, "").status()).isEqualTo(403);
            assertThat(api.post(token("alice.admin"), replay, "").status()).isEqualTo(202);
            assertThat(api.post(token("alice.admin"), replay, "").status()).isEqualTo(202);
            UUID marker = UUID.randomUUID();
            Fixtures.send(session, new SessionScheduled(marker, UUID.randomUUID(), clinic, BOTOX, 1, Instant.now()));
            await().atMost(PATIENCE).until(() -> status(marker) != null);

            assertThat(status(session)).isEqualTo("CONSUMED");
            assertThat(stock(clinic, "on_hand_units")).as("drawn once").isEqualTo(76);
            assertThat(stock(clinic, "reserved_units")).as("the session's 30 released once").isEqualTo(11);
            assertThat(jdbc.sql("select units_remaining from vial where id = ?").param(lot.vialIds().get(0))
                    .query(Integer.class).single()).isEqualTo(76);
            assertThat(jdbc.sql("""
                    select count(*) from outbox_event where record_key = ? and event_type = 'StockConsumed'""")
                    .param(session.toString()).query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from inbox_event where event_id = ?").param(completion.id())
                    .query(Long.class).single()).isEqualTo(1);
        } finally {
            removeFault(fault);
        }
    }

    /** The usage ledger refuses this session's row, counting attempts in a sequence (not rolled back). */
    void injectFault(String name, UUID session) {
        jdbc.sql("create sequence " + name).update();
        jdbc.sql("""
                create function %1$s() returns trigger language plpgsql as $f$
                begin
                    if new.session_id = '%2$s' then
                        perform nextval('%1$s');
                        raise exception 'injected fault - the ledger refuses session %%', new.session_id;
                    end if;
                    return new;
                end $f$""".formatted(name, session)).update();
        jdbc.sql("create trigger " + name + " before insert on session_usage for each row execute function "
                + name + "()").update();
    }

    void removeFault(String name) {
        jdbc.sql("drop trigger if exists " + name + " on session_usage").update();
        jdbc.sql("drop function if exists " + name + "()").update();
    }

    long attempts(String name) {
        return jdbc.sql("select case when is_called then last_value else 0 end from " + name).query(Long.class)
                .single();
    }

    JsonNode deadLetterFor(String key) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(PATIENCE).until(() -> {
            Reply letters = api.get(token("alice.admin"), "/admin/dead-letters");
            letters.json().valueStream().filter(letter -> key.equals(letter.get("key").asString())
                    && "SessionCompleted".equals(letter.path("eventType").asString(null)))
                    .findFirst().ifPresent(letter -> found[0] = letter);
            return found[0] != null;
        });
        return found[0];
    }

    String status(UUID session) {
        return jdbc.sql("select status from reservation where session_id = ?").param(session).query(String.class)
                .optional().orElse(null);
    }

    int stock(String clinic, String column) {
        return jdbc.sql("select " + column + " from stock where chain_id = ? and clinic_id = ? and product_id = ?")
                .params(CHAIN, clinic, BOTOX).query(Integer.class).single();
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
