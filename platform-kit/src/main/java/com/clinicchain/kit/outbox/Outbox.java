package com.clinicchain.kit.outbox;

import java.time.Clock;

import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.clinicchain.contracts.EventEnvelope;
import com.clinicchain.kit.web.CorrelationId;

import tools.jackson.databind.json.JsonMapper;

/**
 * Records events in the same transaction as the change that causes them; {@link OutboxRelay} publishes
 * them once the transaction has committed. An event is therefore published if and only if the change is.
 */
public class Outbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final OutboxRelay relay;
    private final Clock clock;

    Outbox(JdbcClient jdbc, JsonMapper json, OutboxRelay relay, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.relay = relay;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public <P> EventEnvelope<P> append(String topic, Object aggregateId, String chainId, P payload) {
        EventEnvelope<P> event = EventEnvelope.of(chainId, payload, clock.instant());
        jdbc.sql("""
                insert into outbox_event (event_id, topic, record_key, event_type, event_version, envelope, correlation_id)
                values (:id, :topic, :key, :type, :version, :envelope, :correlationId)""")
                .param("id", event.id())
                .param("topic", topic)
                .param("key", aggregateId.toString())
                .param("type", event.type())
                .param("version", event.version())
                .param("envelope", json.writeValueAsString(event))
                .param("correlationId", MDC.get(CorrelationId.MDC_KEY))
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wakeUp();
            }
        });
        return event;
    }
}
