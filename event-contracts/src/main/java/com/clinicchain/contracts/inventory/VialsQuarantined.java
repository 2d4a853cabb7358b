package com.clinicchain.contracts.inventory;

import java.util.List;
import java.util.UUID;

/**
 * These vials, and only these, may not be used until {@link VialsReleased} names them: e.g. the vials that were in a
 * fridge that ran warm. Other vials of the same lot, in other fridges or clinics, are not affected.
 *
 * @param fridgeId the fridge whose excursion caused it, or null for a quarantine a manager asked for
 */
public record VialsQuarantined(String clinicId, UUID fridgeId, List<UUID> vialIds, String reason) {
}
