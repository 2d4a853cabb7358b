package com.clinicchain.treatment.registry;

import java.time.DayOfWeek;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A clinic as an admin registers (POST) or replaces (PUT) it. On a PUT the id comes from the path: {@code clinicId}
 * may be left out, and if given must be the same.
 *
 * @param timeZone     a region id such as {@code Europe/London}
 * @param openingHours spans of a day of the week, {@code "HH:mm"}; a day without one is closed
 * @param active       false closes the clinic (kept for history); left out: true at registration, unchanged on PUT
 */
public record ClinicRequest(
        @Size(max = 64) String clinicId,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Valid Address address,
        @NotBlank @Size(max = 30) String phone,
        @NotBlank @Size(max = 64) String timeZone,
        @NotNull @Size(max = 28) List<@Valid @NotNull Hours> openingHours,
        Boolean active) {

    /** @param countryCode ISO 3166-1 alpha-2, upper case ({@code GB}) */
    public record Address(@NotEmpty @Size(max = 4) List<@NotBlank @Size(max = 100) String> lines,
                          @NotBlank @Size(max = 20) String postalCode,
                          @NotBlank @Size(max = 100) String city,
                          @NotBlank String countryCode) {
    }

    public record Hours(@NotNull DayOfWeek day, @NotBlank String opens, @NotBlank String closes) {
    }
}
