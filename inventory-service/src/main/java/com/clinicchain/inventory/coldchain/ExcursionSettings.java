package com.clinicchain.inventory.coldchain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param excursionMinutes a fridge outside 2–8 °C for longer than this (from its first out-of-range reading)
 *                         quarantines the vials on its shelf; 30 unless set
 */
@ConfigurationProperties("clinic.inventory")
public record ExcursionSettings(Long excursionMinutes) {

    public ExcursionSettings {
        excursionMinutes = excursionMinutes == null ? 30 : excursionMinutes;
        if (excursionMinutes <= 0) {
            throw new IllegalArgumentException("clinic.inventory.excursion-minutes must be positive");
        }
    }

    Duration allowed() {
        return Duration.ofMinutes(excursionMinutes);
    }
}
