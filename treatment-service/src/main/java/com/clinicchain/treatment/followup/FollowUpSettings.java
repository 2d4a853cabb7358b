package com.clinicchain.treatment.followup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** @param repeatReminderMonths effects last 3–6 months, so the reminder may be set only within that range */
@Validated
@ConfigurationProperties("clinic.follow-up")
public record FollowUpSettings(@Min(1) @Max(60) Integer reviewAfterDays, @Min(3) @Max(6) Integer repeatReminderMonths) {

    public FollowUpSettings {
        reviewAfterDays = reviewAfterDays == null ? 14 : reviewAfterDays;
        repeatReminderMonths = repeatReminderMonths == null ? 3 : repeatReminderMonths;
    }
}
