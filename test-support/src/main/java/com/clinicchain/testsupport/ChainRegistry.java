package com.clinicchain.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The demo realm's clinics and practitioners, registered through the gateway by each chain's own admin, as a chain
 * sets itself up on its first day; then waits until the inventory service has heard of every clinic (it validates
 * clinic ids against a read model fed by the registry's events).
 * <p>
 * Registration is idempotent here: a clinic or practitioner already registered (409) is left as it is, so that a
 * platform started with demo data, or a second test class, can call it again.
 */
public final class ChainRegistry {

    public record Clinic(String admin, String clinicId, String name) {
    }

    public record Practitioner(String admin, String username, String displayName, String clinicId,
                               String qualification) {
    }

    public static final List<Clinic> CLINICS = List.of(
            new Clinic("alice.admin", "clinic-north", "Clinic North"),
            new Clinic("alice.admin", "clinic-south", "Clinic South"),
            new Clinic("oscar.other", "other-clinic", "Other Clinic"));

    public static final List<Practitioner> PRACTITIONERS = List.of(
            new Practitioner("alice.admin", "nina.nurse", "Nina Nurse", "clinic-north", "NURSE"),
            new Practitioner("alice.admin", "dan.doctor", "Dan Doctor", "clinic-south", "DOCTOR"));

    private static final Duration EVENTS_ARRIVE = Duration.ofSeconds(60);

    private ChainRegistry() {
    }

    /**
     * Registers the demo chains' clinics and practitioners at the gateway and returns once the inventory service
     * knows every clinic.
     *
     * @param token the access token of a username, e.g. {@code Tokens::password}
     */
    public static void registerDemoChains(ApiClient gateway, Function<String, String> token) {
        for (Clinic clinic : CLINICS) {
            expectCreatedOrThere(gateway.post(token.apply(clinic.admin()), "/api/clinics", body(clinic)),
                    "clinic " + clinic.clinicId());
        }
        for (Practitioner practitioner : PRACTITIONERS) {
            expectCreatedOrThere(gateway.post(token.apply(practitioner.admin()), "/api/practitioners", Map.of(
                    "username", practitioner.username(), "displayName", practitioner.displayName(),
                    "clinicIds", List.of(practitioner.clinicId()),
                    "qualification", practitioner.qualification())), "practitioner " + practitioner.username());
        }
        for (Clinic clinic : CLINICS) {
            String admin = token.apply(clinic.admin());
            await("inventory service knows " + clinic.clinicId(),
                    () -> gateway.get(admin, "/api/inventory/clinics/" + clinic.clinicId()));
        }
    }

    /** Open around the clock, every day, so that tests booking at any hour are never outside opening hours. */
    static Map<String, Object> body(Clinic clinic) {
        List<Map<String, String>> hours = Arrays.stream(DayOfWeek.values())
                .map(day -> Map.of("day", day.name(), "opens", "00:00", "closes", "23:59")).toList();
        return Map.of("clinicId", clinic.clinicId(), "name", clinic.name(),
                "address", Map.of("lines", List.of("1 High Street"), "postalCode", "AB1 2CD", "city", "Leeds",
                        "countryCode", "GB"),
                "phone", "+44 113 496 0000", "timeZone", "Europe/London", "openingHours", hours);
    }

    private static void expectCreatedOrThere(ApiClient.Reply reply, String what) {
        if (reply.status() != 201 && reply.status() != 409) {
            throw new IllegalStateException("registering " + what + ": " + reply.status() + " " + reply.body());
        }
    }

    private static void await(String what, Supplier<ApiClient.Reply> probe) {
        Instant deadline = Instant.now().plus(EVENTS_ARRIVE);
        ApiClient.Reply reply = probe.get();
        while (reply.status() != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("timed out waiting until the " + what + ": " + reply.status() + " "
                        + reply.body());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            reply = probe.get();
        }
    }

    /**
     * The patient service hears of the registry's clinics over {@code clinic-events}, as inventory does, and takes
     * patients only at clinics it has heard of: waits until its read model has every demo clinic, so that a first
     * registration does not race the event. Read from its database ({@code patientDatabase}): the service shows its
     * copy of the registry nowhere in its API.
     */
    public static void awaitPatientServiceKnowsTheClinics(Infrastructure infra, String patientDatabase) {
        List<String> clinicIds = CLINICS.stream().map(Clinic::clinicId).toList();
        Instant deadline = Instant.now().plus(EVENTS_ARRIVE);
        try (Connection db = DriverManager.getConnection(infra.jdbcUrl(patientDatabase), infra.dbUsername(),
                infra.dbPassword()); PreparedStatement known = db.prepareStatement(
                "select count(distinct clinic_id) from clinic where clinic_id = any (?)")) {
            known.setArray(1, db.createArrayOf("varchar", clinicIds.toArray()));
            while (true) {
                try (ResultSet count = known.executeQuery()) {
                    count.next();
                    if (count.getInt(1) == clinicIds.size()) {
                        return;
                    }
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("timed out waiting until the patient service knows " + clinicIds);
                }
                Thread.sleep(200);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
