package com.clinicchain.inventory.coldchain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param silentAfter a fridge whose sensor has sent nothing for longer than this is silent: an alarm for managers */
@ConfigurationProperties("clinic.inventory.cold-chain")
public record ColdChainSettings(Duration silentAfter) {

    public ColdChainSettings {
        silentAfter = silentAfter == null ? Duration.ofMinutes(30) : silentAfter;
        if (silentAfter.isNegative() || silentAfter.isZero()) {
            throw new IllegalArgumentException("clinic.inventory.cold-chain.silent-after must be positive");
        }
    }
}
