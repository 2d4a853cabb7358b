package com.clinicchain.staffweb.coldchain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param silentAfter a fridge whose newest reading is older than this is shown as silent, whatever inventory's own
 *                    silence watch says yet (its default is in application.yml, the one place it is set)
 */
@ConfigurationProperties("staff-web.cold-chain")
public record ColdChainProperties(Duration silentAfter) {

    public ColdChainProperties {
        if (silentAfter == null || silentAfter.isNegative() || silentAfter.isZero()) {
            throw new IllegalArgumentException("staff-web.cold-chain.silent-after must be a positive duration");
        }
    }
}
