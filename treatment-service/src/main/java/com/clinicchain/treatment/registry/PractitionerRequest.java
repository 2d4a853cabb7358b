package com.clinicchain.treatment.registry;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A practitioner as an admin registers (POST) or replaces (PUT) them. On a PUT the username comes from the path:
 * {@code username} may be left out, and if given must be the same.
 *
 * @param username  the Keycloak username, as tokens carry it in {@code preferred_username}
 * @param clinicIds registered, open clinics of the chain
 * @param active    false once the practitioner has left (kept for history); left out: true at registration,
 *                  unchanged on PUT
 */
public record PractitionerRequest(
        @Size(max = 64) String username,
        @NotBlank @Size(max = 200) String displayName,
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 64) String> clinicIds,
        @NotNull Qualification qualification,
        Boolean active) {
}
