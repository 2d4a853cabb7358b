package com.clinicchain.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * What every event on every topic looks like on the wire. The Kafka record key is the id of
 * the aggregate the event is about, so that one aggregate's events stay in order.
 *
 * @param <P> the payload record, or a JSON tree while the consumer has not yet chosen its type
 */
public record EventEnvelope<P>(UUID id, String type, int version, Instant occurredAt, String chainId, P payload) {

    /** A new event; the time it occurred comes from the caller's clock, which is the service's one source of now. */
    public static <P> EventEnvelope<P> of(String chainId, P payload, Instant occurredAt) {
        return new EventEnvelope<>(UUID.randomUUID(), typeOf(payload.getClass()), Events.CURRENT_VERSION,
                occurredAt, chainId, payload);
    }

    public static String typeOf(Class<?> payloadType) {
        return payloadType.getSimpleName();
    }
}
