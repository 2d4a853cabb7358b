package com.clinicchain.kit.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.clinicchain.contracts.Events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Publishes committed outbox rows to Kafka in insertion order. A transaction-scoped advisory lock lets
 * only one instance of a service relay at a time, so two instances neither send a row twice nor reorder
 * one aggregate's events. Rows are marked sent only after Kafka acknowledged them (acks=all); a failure
 * rolls the batch back and it is tried again, so delivery is at-least-once.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x0c11_41c0_0000_0001L;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final KafkaTemplate<String, String> kafka;
    private final int batchSize;
    private final Duration maxWait;
    private final Duration retention;
    private final Semaphore wakeUps = new Semaphore(0);
    private final Counter published;
    private final Counter failures;
    private volatile boolean running;
    private Thread worker;

    OutboxRelay(JdbcClient jdbc, TransactionTemplate tx, KafkaTemplate<String, String> kafka, MeterRegistry meters,
                int batchSize, Duration maxWait, Duration retention) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.kafka = kafka;
        this.batchSize = batchSize;
        this.maxWait = maxWait;
        this.retention = retention;
        this.published = meters.counter("outbox.published");
        this.failures = meters.counter("outbox.publish.failures");
        meters.gauge("outbox.pending", this, OutboxRelay::pendingCount);
        meters.gauge("outbox.oldest.pending.seconds", this, OutboxRelay::oldestPendingSeconds);
    }

    void wakeUp() {
        wakeUps.release();
    }

    private void loop() {
        Duration backoff = maxWait;
        long lastCleanup = 0;
        while (running) {
            try {
                wakeUps.tryAcquire(backoff.toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                while (running && publishBatch() == batchSize) {
                    // a full batch means more may be waiting
                }
                backoff = maxWait;
                if (System.currentTimeMillis() - lastCleanup > 60_000) {
                    deleteSentBefore(retention);
                    lastCleanup = System.currentTimeMillis();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures.increment();
                log.warn("outbox relay failed, will retry: {}", e.toString());
                backoff = Duration.ofMillis(Math.min(backoff.toMillis() * 2, 5_000));
            }
        }
    }

    /** @return how many rows were published */
    int publishBatch() {
        Integer sent = tx.execute(status -> {
            boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(RELAY_LOCK).query(Boolean.class).single();
            if (!mine) {
                return 0;
            }
            List<PendingEvent> batch = jdbc.sql("""
                    select seq, topic, record_key, event_type, event_version, envelope, correlation_id
                    from outbox_event where sent_at is null order by seq limit ?""")
                    .param(batchSize).query(PendingEvent.class).list();
            if (batch.isEmpty()) {
                return 0;
            }
            List<CompletableFuture<?>> acks = new ArrayList<>(batch.size());
            for (PendingEvent event : batch) {
                acks.add(kafka.send(event.toRecord()));
            }
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).orTimeout(30, TimeUnit.SECONDS).join();
            jdbc.sql("update outbox_event set sent_at = now() where seq = any(?)")
                    .param(batch.stream().map(PendingEvent::seq).toArray(Long[]::new)).update();
            return batch.size();
        });
        published.increment(sent);
        return sent;
    }

    int deleteSentBefore(Duration age) {
        return jdbc.sql("delete from outbox_event where sent_at < now() - make_interval(secs => ?)")
                .param((double) age.toSeconds()).update();
    }

    private double pendingCount() {
        return running ? jdbc.sql("select count(*) from outbox_event where sent_at is null").query(Long.class).single() : 0;
    }

    private double oldestPendingSeconds() {
        return running ? jdbc.sql("""
                select coalesce(extract(epoch from now() - min(created_at)), 0)
                from outbox_event where sent_at is null""").query(Double.class).single() : 0;
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        worker.interrupt();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    record PendingEvent(long seq, String topic, String recordKey, String eventType, int eventVersion, String envelope,
                        String correlationId) {

        ProducerRecord<String, String> toRecord() {
            var record = new ProducerRecord<>(topic, recordKey, envelope);
            record.headers().add(Events.HEADER_TYPE, eventType.getBytes(StandardCharsets.UTF_8));
            record.headers().add(Events.HEADER_VERSION, Integer.toString(eventVersion).getBytes(StandardCharsets.UTF_8));
            if (correlationId != null) {
                record.headers().add(Events.HEADER_CORRELATION_ID, correlationId.getBytes(StandardCharsets.UTF_8));
            }
            return record;
        }
    }
}
