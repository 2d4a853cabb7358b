package com.clinicchain.contracts.inventory;

import java.util.List;
import java.util.UUID;

/** The quarantine of these vials is over: they may be used again (a recall of their lot still blocks them). */
public record VialsReleased(String clinicId, List<UUID> vialIds, String reason) {
}
