package com.clinicchain.treatment.session;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxAge a screening older than this (in the clinic's calendar) no longer tells who the patient is today: a
 *               warning at booking, a refusal at completion
 */
@ConfigurationProperties("clinic.screening")
public record ScreeningSettings(Period maxAge) {

    public ScreeningSettings {
        maxAge = maxAge == null ? Period.ofMonths(12) : maxAge;
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("clinic.screening.max-age must be positive, not " + maxAge);
        }
    }
}
