package com.clinicchain.inventory.lot;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A delivery as the manager books it in. Lot and vial ids are the server's. */
public record ReceiveLotRequest(
        @NotNull UUID productId,
        @NotBlank @Pattern(regexp = "\\s*[A-Za-z0-9][A-Za-z0-9./-]{0,39}\\s*",
                message = "must be 1 to 40 letters, digits, '.', '/' or '-'") String lotNumber,
        @NotNull LocalDate expiryDate,
        @NotBlank @Size(max = 200) String supplier,
        @NotBlank @Size(max = 64) String clinicId,
        @NotNull @Min(1) @Max(500) Integer vialCount) {
}
