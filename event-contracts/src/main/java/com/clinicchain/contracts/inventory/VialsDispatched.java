package com.clinicchain.contracts.inventory;

import java.util.List;
import java.util.UUID;

/**
 * Sealed vials left their clinic on a transfer: from now until {@link VialsTransferred} (received) or the transfer's
 * cancellation gives them a clinic again, they belong to no clinic and cannot be charted anywhere.
 */
public record VialsDispatched(UUID transferId, String fromClinicId, String toClinicId, UUID productId,
                              List<UUID> vialIds) {
}
