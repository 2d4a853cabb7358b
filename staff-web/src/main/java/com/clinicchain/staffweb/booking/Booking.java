package com.clinicchain.staffweb.booking;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The booking form as typed, turned into the treatment service's request: the start in the clinic's own time, the
 * areas ticked with their units (the label dose pre-filled, editable; left empty, the service applies the label dose).
 * Nothing is judged here: eligibility, dosing and double bookings are the service's to decide.
 */
public record Booking(String clinicId, String practitioner, String date, String time, String productId,
                      Map<String, String> areas) {

    /** The treatment areas with their label doses (TreatmentArea in the treatment service); null: no label dose. */
    public static final Map<String, Integer> AREAS = labelDoses();

    private static Map<String, Integer> labelDoses() {
        Map<String, Integer> areas = new LinkedHashMap<>();
        areas.put("GLABELLAR_LINES", 20);
        areas.put("LATERAL_CANTHAL_LINES", 24);
        areas.put("FOREHEAD_LINES", 20);
        areas.put("STATIC_WRINKLES", null);
        areas.put("VOLUME_LOSS", null);
        areas.put("OTHER", null);
        return java.util.Collections.unmodifiableMap(areas);
    }

    /** Reads {@code area.<AREA>=on} and {@code units.<AREA>=20} from the submitted form. */
    public static Booking of(Map<String, String> form) {
        Map<String, String> areas = new LinkedHashMap<>();
        AREAS.keySet().forEach(area -> {
            if (form.containsKey("area." + area)) {
                areas.put(area, form.getOrDefault("units." + area, "").strip());
            }
        });
        return new Booking(text(form.get("clinicId")), text(form.get("practitioner")), text(form.get("date")),
                text(form.get("time")), text(form.get("productId")), areas);
    }

    /** The request body; a date or time that is no date or time is left out, so that the service names the field. */
    public Map<String, Object> toRequest(String patientId, ZoneId clinicZone) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("patientId", patientId);
        request.put("clinicId", clinicId);
        request.put("practitioner", practitioner);
        request.put("startsAt", startsAt(clinicZone));
        request.put("productId", productId);
        List<Map<String, Object>> planned = new ArrayList<>();
        areas.forEach((area, units) -> {
            Map<String, Object> plan = new LinkedHashMap<>();
            plan.put("area", area);
            if (!units.isEmpty()) {
                plan.put("plannedUnits", units.matches("\\d{1,4}") ? Integer.valueOf(units) : units);
            }
            planned.add(plan);
        });
        request.put("areas", planned);
        return request;
    }

    private String startsAt(ZoneId zone) {
        try {
            return LocalDate.parse(date).atTime(LocalTime.parse(time)).atZone(zone).toOffsetDateTime().toString();
        } catch (DateTimeException | NullPointerException e) {
            return null;
        }
    }

    public boolean ticked(String area) {
        return areas.containsKey(area);
    }

    /** What the units box shows: what was typed, else the label dose. */
    public String units(String area) {
        if (areas.containsKey(area)) {
            return areas.get(area);
        }
        Integer label = AREAS.get(area);
        return label == null ? "" : label.toString();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
