package com.clinicchain.contracts.treatment;

import java.util.UUID;

public record SessionCancelled(UUID sessionId, String clinicId, UUID productId, String reason) {
}
