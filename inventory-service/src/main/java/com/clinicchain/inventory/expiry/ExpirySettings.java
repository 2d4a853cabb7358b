package com.clinicchain.inventory.expiry;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param expiryWarningDays lots expiring within this many days of a clinic's today are announced once
 *                          ({@code LotExpiringSoon}) and listed by the expiring-lots view unless it is asked for
 *                          another window; 60 unless set
 */
@ConfigurationProperties("clinic.inventory")
public record ExpirySettings(Integer expiryWarningDays) {

    public ExpirySettings {
        expiryWarningDays = expiryWarningDays == null ? 60 : expiryWarningDays;
        if (expiryWarningDays < 0) {
            throw new IllegalArgumentException("clinic.inventory.expiry-warning-days must not be negative");
        }
    }
}
