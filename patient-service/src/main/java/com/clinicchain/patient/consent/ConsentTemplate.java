package com.clinicchain.patient.consent;

import java.time.Instant;

/** {@code chainWide} is false for the platform's default wording, which every chain starts from. */
public record ConsentTemplate(ConsentType type, int version, String body, Instant publishedAt, String publishedBy,
                              boolean chainWide) {
}
