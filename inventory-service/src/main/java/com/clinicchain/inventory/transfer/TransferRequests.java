package com.clinicchain.inventory.transfer;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

final class TransferRequests {

    private TransferRequests() {
    }

    /** Which sealed vials should go from one clinic to the other: a box holds at most a hundred. */
    @Schema(name = "TransferRequest")
    record Request(@NotBlank @Size(max = 64) String fromClinicId, @NotBlank @Size(max = 64) String toClinicId,
                   @NotEmpty @Size(max = 100) List<@NotNull UUID> vialIds) {
    }

    @Schema(name = "CancelTransferRequest")
    record Cancel(@NotBlank @Size(max = 500) String reason) {
    }
}
