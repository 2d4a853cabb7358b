package com.clinicchain.inventory.vial;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the vial may be used after all (e.g. the maker's stability data for that excursion): the inspector will ask. */
record ReleaseRequest(@NotBlank @Size(max = 500) String reason) {
}
