package com.clinicchain.contracts.registry;

import java.util.List;

/**
 * A practitioner of the chain as the registry (treatment service) holds them, published with the whole state on
 * registration and on every change; consumers keep the newest {@code revision}.
 *
 * @param username      the Keycloak username, which tokens carry as {@code preferred_username}
 * @param clinicIds     the clinics the practitioner works at
 * @param qualification e.g. {@code NURSE}, {@code DOCTOR}: who may inject and complete a session
 * @param active        false once the practitioner has left: kept for history, no new bookings
 */
public record PractitionerChanged(String username, String displayName, List<String> clinicIds, String qualification,
                                  boolean active, long revision) {
}
