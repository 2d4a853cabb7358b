package com.clinicchain.contracts.inventory;

import java.util.List;
import java.util.UUID;

/** Sealed vials that arrived at another clinic of the chain: from now on they are used there. */
public record VialsTransferred(UUID transferId, String fromClinicId, String toClinicId, UUID productId,
                               List<UUID> vialIds) {
}
