package com.clinicchain.systemtest.matrix;

import java.time.Duration;
import java.time.Instant;

import com.clinicchain.testsupport.Tokens;

/** Who calls: each role of chain A ({@code demo-chain}), a chain admin of another chain, the partner, nobody. */
enum Identity {
    RECEPTIONIST("rita.reception"),
    PRACTITIONER("nina.nurse"),
    MANAGER("mark.manager"),
    ADMIN("alice.admin"),
    OTHER_CHAIN("oscar.other"),
    PARTNER(null),
    NO_TOKEN(null);

    /** Demo tokens live 300 s; a matrix run may take longer, so a token is fetched again well before that. */
    private static final Duration REUSE = Duration.ofSeconds(120);

    private final String username;
    private String token;
    private Instant fetchedAt = Instant.MIN;

    Identity(String username) {
        this.username = username;
    }

    synchronized String token() {
        if (this == NO_TOKEN) {
            return null;
        }
        if (Instant.now().isAfter(fetchedAt.plus(REUSE))) {
            token = this == PARTNER ? Tokens.clientCredentials("partner-demo", "partner-demo-secret")
                    : Tokens.password(username);
            fetchedAt = Instant.now();
        }
        return token;
    }

    boolean ofChainA() {
        return this != OTHER_CHAIN && this != NO_TOKEN;
    }
}
