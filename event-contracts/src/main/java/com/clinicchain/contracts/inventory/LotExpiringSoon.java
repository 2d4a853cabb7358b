package com.clinicchain.contracts.inventory;

import java.time.LocalDate;
import java.util.UUID;

public record LotExpiringSoon(UUID lotId, String lotNumber, UUID productId, String clinicId, LocalDate expiryDate) {
}
