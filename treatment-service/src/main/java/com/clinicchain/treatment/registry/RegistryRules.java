package com.clinicchain.treatment.registry;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.clinicchain.treatment.refusal.Checked;
import com.clinicchain.treatment.refusal.InvalidField;

/**
 * What a registration or change of a clinic or practitioner must satisfy, beyond the shape the request records
 * check (the records' constraints have passed). Every wrong field is named at once, so that an admin's form shows them all; nothing is corrected silently.
 */
public final class RegistryRules {

    /** Ids end up in paths and tokens ({@code clinic_ids}): no spaces, slashes or other characters to escape. */
    static final Pattern CLINIC_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** Keycloak keeps usernames in lower case; a mixed-case one would never match a token. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,29}");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private RegistryRules() {
    }

    /**
     * The clinic as the request describes it.
     *
     * @param pathId  the id in the path of a PUT, null for a registration
     * @param current the stored clinic a PUT replaces, null for a registration
     */
    static Checked<Clinic> clinic(String chainId, String pathId, ClinicRequest request, Clinic current) {
        Errors errors = new Errors();
        String clinicId = id(pathId, request.clinicId(), "clinicId", CLINIC_ID,
                "must be 1–64 letters, digits, '.', '_' or '-'", errors);
        ClinicRequest.Address address = request.address();
        if (!COUNTRIES.contains(address.countryCode())) {
            errors.add("address.countryCode", "must be an ISO 3166-1 alpha-2 code in upper case, such as GB");
        }
        if (!PHONE.matcher(request.phone()).matches()) {
            errors.add("phone", "must be a phone number such as +44 113 496 0000");
        }
        if (!ClinicTimeZones.isRegion(request.timeZone())) {
            errors.add("timeZone", "must be a region time zone such as Europe/London");
        }
        List<Clinic.OpeningHours> hours = openingHours(request.openingHours(), errors);
        if (!errors.list.isEmpty()) {
            return Checked.refused(errors.list);
        }
        boolean active = request.active() != null ? request.active() : current == null || current.active();
        return Checked.ok(new Clinic(chainId, clinicId, request.name().strip(), new Clinic.Address(
                address.lines().stream().map(String::strip).toList(), address.postalCode().strip(),
                address.city().strip(), address.countryCode()), request.phone().strip(),
                ZoneId.of(request.timeZone()), hours, active, current == null ? 1 : current.revision() + 1));
    }

    /**
     * The practitioner as the request describes them.
     *
     * @param openClinics which of the requested clinics the practitioner may be at: registered and open in the
     *                    caller's chain, or (on a change) already theirs
     */
    static Checked<Practitioner> practitioner(String chainId, String pathUsername, PractitionerRequest request,
                                     Practitioner current, Set<String> openClinics) {
        Errors errors = new Errors();
        String username = id(pathUsername, request.username(), "username", USERNAME,
                "must be the Keycloak username: 3–64 lower-case letters, digits, '.', '_', '@' or '-'", errors);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.clinicIds().size(); i++) {
            String clinicId = request.clinicIds().get(i);
            if (!seen.add(clinicId)) {
                errors.add("clinicIds[" + i + "]", "is named twice");
            } else if (!openClinics.contains(clinicId)) {
                errors.add("clinicIds[" + i + "]", "is not an open clinic of the chain's registry");
            }
        }
        if (!errors.list.isEmpty()) {
            return Checked.refused(errors.list);
        }
        boolean active = request.active() != null ? request.active() : current == null || current.active();
        return Checked.ok(new Practitioner(chainId, username, request.displayName().strip(),
                request.clinicIds().stream().sorted().toList(), request.qualification(), active,
                current == null ? 1 : current.revision() + 1));
    }

    /**
     * Whether a session may be booked at {@code clinicId} with {@code practitioner} (null: none chosen yet): the
     * clinic must be an open clinic of the chain's registry, the practitioner an active one registered there, or the
     * double-booking check would guard a made-up name. Answers every wrong field, none when the booking may go on.
     */
    public static List<InvalidField> bookingNames(String clinicId, Optional<Clinic> clinic, String practitioner,
                                                Optional<Practitioner> registered) {
        Errors errors = new Errors();
        if (clinic.isEmpty() || !clinic.get().active()) {
            errors.add("clinicId", "is no open clinic of the chain's registry: " + clinicId);
        }
        if (practitioner != null
                && (registered.isEmpty() || !registered.get().active() || !registered.get().worksAt(clinicId))) {
            errors.add("practitioner", "is no practitioner registered at clinic " + clinicId + ": " + practitioner);
        }
        return List.copyOf(errors.list);
    }

    private static String id(String pathId, String bodyId, String field, Pattern pattern, String message,
                             Errors errors) {
        if (pathId != null) {
            if (bodyId != null && !bodyId.equals(pathId)) {
                errors.add(field, "must be the one in the path (" + pathId + ") or left out");
            }
            return pathId;
        }
        if (bodyId == null || !pattern.matcher(bodyId).matches()) {
            errors.add(field, message);
        }
        return bodyId;
    }

    /** Spans sorted by day and time; spans of one day may not overlap. */
    private static List<Clinic.OpeningHours> openingHours(List<ClinicRequest.Hours> requested, Errors errors) {
        List<Clinic.OpeningHours> hours = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            ClinicRequest.Hours span = requested.get(i);
            LocalTime opens = time(span.opens(), "openingHours[" + i + "].opens", errors);
            LocalTime closes = time(span.closes(), "openingHours[" + i + "].closes", errors);
            if (opens != null && closes != null) {
                if (!closes.isAfter(opens)) {
                    errors.add("openingHours[" + i + "].closes", "must be after opens (" + span.opens() + ")");
                } else {
                    hours.add(new Clinic.OpeningHours(span.day(), opens, closes));
                }
            }
        }
        hours.sort(Comparator.comparing(Clinic.OpeningHours::day).thenComparing(Clinic.OpeningHours::opens));
        for (int i = 1; i < hours.size(); i++) {
            Clinic.OpeningHours before = hours.get(i - 1);
            Clinic.OpeningHours span = hours.get(i);
            if (before.day() == span.day() && span.opens().isBefore(before.closes())) {
                errors.add("openingHours", span.day() + " has overlapping spans (" + before.opens() + "–"
                        + before.closes() + " and " + span.opens() + "–" + span.closes() + ")");
            }
        }
        return hours;
    }

    private static LocalTime time(String text, String field, Errors errors) {
        try {
            return LocalTime.parse(text, HH_MM);
        } catch (DateTimeParseException e) {
            errors.add(field, "must be a time of day as HH:mm, such as 09:00");
            return null;
        }
    }

    private static final class Errors {

        private final List<InvalidField> list = new ArrayList<>();

        void add(String field, String message) {
            list.add(new InvalidField(field, message));
        }
    }
}
