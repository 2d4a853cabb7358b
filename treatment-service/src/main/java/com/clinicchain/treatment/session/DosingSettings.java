package com.clinicchain.treatment.session;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** @param deviationMarginPercent planned units further than this (either way) from the label dose are flagged */
@Validated
@ConfigurationProperties("clinic.dosing")
public record DosingSettings(@Min(0) @Max(100) Integer deviationMarginPercent) {

    public DosingSettings {
        deviationMarginPercent = deviationMarginPercent == null ? 25 : deviationMarginPercent;
    }
}
