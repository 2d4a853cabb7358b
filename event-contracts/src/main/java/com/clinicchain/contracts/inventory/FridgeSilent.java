package com.clinicchain.contracts.inventory;

import java.time.Instant;
import java.util.UUID;

/**
 * A fridge's sensor has sent nothing for longer than allowed: nobody knows the vials are cold, which is an alarm for
 * the clinic's managers. Published once per silence; the next reading ends it.
 *
 * @param lastReadingAt the newest reading before the silence, or null when the fridge never sent one
 */
public record FridgeSilent(UUID fridgeId, String clinicId, String fridgeName, Instant lastReadingAt, Instant silentSince) {
}
