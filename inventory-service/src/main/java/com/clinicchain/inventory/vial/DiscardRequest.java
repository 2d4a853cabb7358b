package com.clinicchain.inventory.vial;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Why a vial was thrown away; OTHER needs a note saying what happened. */
record DiscardRequest(@NotNull DiscardReason reason, @Size(max = 500) String note) {
}
