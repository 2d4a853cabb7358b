package com.clinicchain.staffweb.recalls;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Where the lot's vials are at one clinic: how many, in which state, in which fridges.
 *
 * @param status USABLE, QUARANTINED, RECALLED or EXPIRED (inventory's word for the lot at that clinic)
 */
public record LotLocation(UUID lotId, String clinicId, String brand, String lotNumber, LocalDate expiryDate,
                          String status, String statusReason, int vials, int sealedVials, int quarantinedVials,
                          int unitsLeft, List<String> fridges) {

    public boolean recalled() {
        return "RECALLED".equals(status);
    }

    public String statusInWords() {
        return switch (status) {
            case "USABLE" -> "In use";
            case "QUARANTINED" -> "Quarantined";
            case "RECALLED" -> "Recalled";
            case "EXPIRED" -> "Expired";
            default -> status;
        };
    }
}
