package com.clinicchain.kit.inbox;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.clinicchain.contracts.EventEnvelope;
import com.clinicchain.contracts.Events;
import com.clinicchain.kit.web.CorrelationId;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies each event at most once: the event id is recorded in {@code inbox_event} in the same
 * transaction as the handler's effect, so a redelivered event finds its id and is skipped, and a
 * failing handler rolls both back so the retry starts clean.
 */
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);
    private static final TypeReference<EventEnvelope<JsonNode>> ENVELOPE = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    // Newer producers may add fields; consumers must still read what they know.
    private final JsonMapper lenient;

    Inbox(JdbcClient jdbc, TransactionTemplate tx, JsonMapper json) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.lenient = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    public void receive(ConsumerRecord<String, String> record, EventHandlers handlers) {
        String correlationId = header(record, Events.HEADER_CORRELATION_ID);
        try (var ignored = correlationId == null ? null : MDC.putCloseable(CorrelationId.MDC_KEY, correlationId)) {
            EventEnvelope<JsonNode> envelope = parse(record);
            handlers.forType(envelope.type()).ifPresentOrElse(
                    handler -> apply(envelope, handler),
                    () -> log.debug("ignoring event type {} on {}", envelope.type(), record.topic()));
        }
    }

    private EventEnvelope<JsonNode> parse(ConsumerRecord<String, String> record) {
        try {
            EventEnvelope<JsonNode> envelope = lenient.readValue(record.value(), ENVELOPE);
            if (envelope == null || envelope.id() == null || envelope.type() == null || envelope.payload() == null) {
                throw new PoisonEventException("envelope without id, type or payload", null);
            }
            return envelope;
        } catch (JacksonException | IllegalArgumentException e) {
            throw new PoisonEventException("unreadable event at " + record.topic() + "@" + record.offset(), e);
        }
    }

    private <P> void apply(EventEnvelope<JsonNode> raw, EventHandlers.Handler<P> handler) {
        if (!handler.versions().contains(raw.version())) {
            throw new PoisonEventException("unsupported version " + raw.version() + " of " + raw.type(), null);
        }
        P payload;
        try {
            payload = lenient.treeToValue(raw.payload(), handler.payloadType());
        } catch (JacksonException e) {
            throw new PoisonEventException("invalid payload of " + raw.type() + " " + raw.id(), e);
        }
        var event = new EventEnvelope<>(raw.id(), raw.type(), raw.version(), raw.occurredAt(), raw.chainId(), payload);
        tx.executeWithoutResult(status -> {
            int fresh = jdbc.sql("insert into inbox_event (event_id, event_type) values (?, ?) on conflict do nothing")
                    .params(event.id(), event.type()).update();
            if (fresh == 0) {
                log.debug("event {} already applied, skipping", event.id());
                return;
            }
            handler.action().accept(event);
        });
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
