package com.clinicchain.staffweb.deadletters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A dead-lettered event: which record of which dead-letter topic ({@code <topic>.DLT}), what it was and why it failed.
 * The dead-letter topics are shared (a consumer of {@code patient-events} in any service sends its failures to
 * {@code patient-events.DLT}) and every service's kit lists them all, so the same record comes from several services:
 * it is one line, with the services that listed it. A replay through any of them puts it back on the original topic
 * for every consumer (those that applied it already skip it).
 *
 * @param services the gateway's names of the services that listed it (patients, treatments, inventory), in that order
 */
public record DeadLetterLine(String topic, int partition, long offset, String key, String eventType, String error,
                             Instant failedAt, List<String> services) {

    /** The services whose dead letters the gateway routes ({@code /api/admin/dead-letters/{service}}). */
    public static final List<String> SERVICES = List.of("patients", "treatments", "inventory");

    private static final Set<String> KNOWN = Set.copyOf(SERVICES);

    /** A dead letter as one service's kit lists it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeadLetter(String topic, int partition, long offset, String key, String chainId, String eventType,
                             String error, Instant failedAt) {
    }

    /** One line per record (topic, partition, offset), newest failure first. */
    public static List<DeadLetterLine> merge(Map<String, List<DeadLetter>> byService) {
        Map<String, DeadLetterLine> lines = new LinkedHashMap<>();
        for (String service : SERVICES) {
            for (DeadLetter letter : byService.getOrDefault(service, List.of())) {
                lines.merge(letter.topic() + "/" + letter.partition() + "/" + letter.offset(),
                        new DeadLetterLine(letter.topic(), letter.partition(), letter.offset(), letter.key(),
                                letter.eventType(), letter.error(), letter.failedAt(), List.of(service)),
                        (known, again) -> {
                            List<String> services = new ArrayList<>(known.services());
                            services.add(service);
                            return new DeadLetterLine(known.topic(), known.partition(), known.offset(), known.key(),
                                    known.eventType(), known.error(), known.failedAt(), List.copyOf(services));
                        });
            }
        }
        List<DeadLetterLine> sorted = new ArrayList<>(lines.values());
        sorted.sort(Comparator.comparing(DeadLetterLine::failedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(DeadLetterLine::topic).thenComparingInt(DeadLetterLine::partition)
                .thenComparingLong(DeadLetterLine::offset));
        return List.copyOf(sorted);
    }

    public static boolean known(String service) {
        return KNOWN.contains(service);
    }

    /**
     * A dead-letter topic as the kit names it ({@code <topic>.DLT}): letters, digits, dots, hyphens and underscores, as
     * Kafka allows, so that it goes into the replay path as one segment.
     */
    public static boolean validTopic(String topic) {
        return topic != null && topic.matches("[A-Za-z0-9._-]{1,249}") && !topic.equals(".") && !topic.equals("..");
    }

    /** The service the replay goes through: the first that listed it. */
    public String replayVia() {
        return services.get(0);
    }
}
