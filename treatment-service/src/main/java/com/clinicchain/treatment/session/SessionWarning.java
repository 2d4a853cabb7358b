package com.clinicchain.treatment.session;

/** Shown on the session for the clinician to act on, without blocking it (dosing flags, bleeding risk). */
public record SessionWarning(String rule, String message) {
}
