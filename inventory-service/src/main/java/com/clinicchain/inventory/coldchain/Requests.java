package com.clinicchain.inventory.coldchain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies the cold-chain endpoints accept. */
final class Requests {

    private Requests() {
    }

    @Schema(name = "AddFridgeRequest")
    record AddFridge(@NotBlank @Size(max = 64) String clinicId,
                     @NotBlank @Pattern(regexp = "[\\p{L}\\p{N} ._#()/-]{1,100}",
                             message = "must be 1 to 100 letters, digits, spaces or . _ # ( ) / -") String name) {
    }

    @Schema(name = "PlaceLotRequest")
    record PlaceLot(@NotNull UUID lotId) {
    }

    /** A sensor's reading: a fridge thermometer reads to 0.1 °C, and anything beyond −40..60 °C is a broken sensor. */
    @Schema(name = "ReadingRequest")
    record Reading(@NotNull @DecimalMin("-40") @DecimalMax("60") @Digits(integer = 2, fraction = 1) BigDecimal celsius,
                   @NotNull OffsetDateTime at) {
    }
}
