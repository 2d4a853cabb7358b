package com.clinicchain.inventory.recall;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Every recall, quarantine and release says why: it is what the inspector will ask. */
record LotStatusRequest(@NotBlank @Size(max = 500) String reason) {
}
