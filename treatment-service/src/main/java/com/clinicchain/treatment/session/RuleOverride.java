package com.clinicchain.treatment.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A practitioner's decision to go ahead despite a rule that allows it, with the clinical reason. */
public record RuleOverride(@NotBlank @Size(max = 40) String rule, @NotBlank @Size(max = 500) String reason) {
}
