package com.clinicchain.inventory;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The expiry check and the cold-chain check run on a schedule. */
@Configuration
@EnableScheduling
class InventoryScheduling {
}
