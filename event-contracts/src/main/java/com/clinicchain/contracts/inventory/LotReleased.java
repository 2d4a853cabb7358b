package com.clinicchain.contracts.inventory;

import java.util.UUID;

public record LotReleased(UUID lotId, String lotNumber, String clinicId, String reason) {
}
