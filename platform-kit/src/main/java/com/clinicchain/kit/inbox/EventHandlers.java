package com.clinicchain.kit.inbox;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.clinicchain.contracts.EventEnvelope;

/** The events one listener reacts to, by payload type, with the schema versions it understands. */
public final class EventHandlers {

    record Handler<P>(Class<P> payloadType, Set<Integer> versions, Consumer<EventEnvelope<P>> action) {
    }

    private final Map<String, Handler<?>> byType;

    private EventHandlers(Map<String, Handler<?>> byType) {
        this.byType = Map.copyOf(byType);
    }

    public static Builder builder() {
        return new Builder();
    }

    Optional<Handler<?>> forType(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    public static final class Builder {
        private final Map<String, Handler<?>> byType = new HashMap<>();

        public <P> Builder on(Class<P> payloadType, Consumer<EventEnvelope<P>> action) {
            return on(payloadType, Set.of(1), action);
        }

        public <P> Builder on(Class<P> payloadType, Set<Integer> versions, Consumer<EventEnvelope<P>> action) {
            byType.put(EventEnvelope.typeOf(payloadType), new Handler<>(payloadType, versions, action));
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(byType);
        }
    }
}
