package com.clinicchain.contracts.registry;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * A clinic of the chain as the registry (treatment service) holds it, published on registration and on every change
 * with the whole state, so that a consumer keeps the newest {@code revision} and ignores older or repeated copies.
 * Every service validates clinic ids against its own copy.
 *
 * @param clinicId the id staff tokens carry in {@code clinic_ids} (e.g. {@code clinic-north}), unique in the chain
 * @param timeZone a region id such as {@code Europe/London}: a clinic's days ("today", expiry, report days) are days
 *                 in this zone
 * @param active   false once the clinic has closed: kept for history, no new bookings, stock or patients
 * @param revision 1 at registration, one more with each change
 */
public record ClinicChanged(String clinicId, String name, Address address, String phone, String timeZone,
                            List<OpeningHours> openingHours, boolean active, long revision) {

    public record Address(List<String> lines, String postalCode, String city, String countryCode) {
    }

    /** One opening span of one day of the week; a day without a span is closed. */
    public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
    }
}
