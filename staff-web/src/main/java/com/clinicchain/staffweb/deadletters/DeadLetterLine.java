package com.clinicchain.staffweb.deadletters;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A dead-lettered event of one service, as the platform kit lists it: which record of which dead-letter topic, what
 * it was and why it failed.
 *
 * @param service the gateway's name for the service that could not process it: patients, treatments or inventory
 */
public record DeadLetterLine(String service, String topic, int partition, long offset, String key, String eventType,
                             String error, Instant failedAt) {

    /** The services whose dead letters the gateway routes ({@code /api/admin/dead-letters/{service}}). */
    public static final List<String> SERVICES = List.of("patients", "treatments", "inventory");

    private static final Set<String> KNOWN = Set.copyOf(SERVICES);

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

    public String serviceInWords() {
        return switch (service) {
            case "patients" -> "Patient service";
            case "treatments" -> "Treatment service";
            case "inventory" -> "Inventory service";
            default -> service;
        };
    }
}
