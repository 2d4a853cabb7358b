package com.clinicchain.staffweb.patients;

import java.util.Map;

import com.clinicchain.staffweb.gateway.Problem;

/**
 * The patient service's field errors, keyed by the form's input they belong to: {@code address.streetLines[1]} is the
 * second street line, {@code address.city} the city. Errors naming no input of the form are kept under {@code form}.
 */
public final class FieldMessages {

    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("givenName", "givenName"), Map.entry("familyName", "familyName"),
            Map.entry("dateOfBirth", "dateOfBirth"), Map.entry("sex", "sex"), Map.entry("phone", "phone"),
            Map.entry("email", "email"), Map.entry("address", "street1"), Map.entry("address.streetLines", "street1"),
            Map.entry("address.streetLines[0]", "street1"), Map.entry("address.streetLines[1]", "street2"),
            Map.entry("address.streetLines[2]", "street3"), Map.entry("address.postalCode", "postalCode"),
            Map.entry("address.city", "city"), Map.entry("address.countryCode", "countryCode"),
            Map.entry("homeClinicId", "homeClinicId"), Map.entry("preferredLanguage", "preferredLanguage"));

    private FieldMessages() {
    }

    public static Map<String, String> of(Problem problem) {
        return problem.byInput(INPUTS);
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
