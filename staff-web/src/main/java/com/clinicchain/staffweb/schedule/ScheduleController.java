package com.clinicchain.staffweb.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clinicchain.staffweb.gateway.Gateway;
import com.clinicchain.staffweb.gateway.GatewayProblem;
import com.clinicchain.staffweb.layout.ClinicPicker;
import com.clinicchain.staffweb.layout.ClinicZones;
import com.clinicchain.staffweb.patients.PatientView;
import com.clinicchain.staffweb.security.StaffUser;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A clinic's day: every session with its patient, time and status, by start time. */
@Controller
class ScheduleController {

    /** A clinic's day fits in one page of the treatment service's list (its largest page). */
    private static final int DAY_PAGE = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SessionLine(UUID id, UUID patientId, String practitioner, UUID productId, Instant startsAt,
                       int durationMinutes, int expectedUnits, String status, String stockStatus,
                       boolean consentWithdrawn) {
    }

    /** A session as the day's list shows it: its start in the clinic's time. */
    record Row(SessionLine session, String time, PatientView patient) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SessionPage(List<SessionLine> items, int page, int size, long totalItems) {
    }

    private static final Map<String, String> DONE = Map.of("check-in", "Checked in.", "no-show",
            "Marked as a no-show.", "cancel", "Cancelled.");

    private final Gateway gateway;
    private final ClinicZones zones;

    ScheduleController(Gateway gateway, ClinicZones zones) {
        this.gateway = gateway;
        this.zones = zones;
    }

    @GetMapping("/schedule")
    String day(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String clinicId,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
               @RequestParam(required = false) UUID booked, Model model) {
        String clinic = ClinicPicker.chosen(user, clinicId);
        ZoneId zone = zones.of(clinic);
        LocalDate day = date == null ? LocalDate.now(zone) : date;
        SessionPage sessions = gateway.get("/api/sessions?clinicId={clinic}&date={date}&size={size}",
                SessionPage.class, clinic, day, DAY_PAGE);
        Map<UUID, PatientView> patients = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (SessionLine session : sessions.items()) {
            PatientView patient = patients.computeIfAbsent(session.patientId(), this::patientOrNull);
            rows.add(new Row(session, TIME.format(session.startsAt().atZone(zone)), patient));
        }
        model.addAttribute("clinics", ClinicPicker.clinics(user));
        model.addAttribute("clinicId", clinic);
        model.addAttribute("date", day);
        model.addAttribute("zone", zone);
        model.addAttribute("rows", rows);
        model.addAttribute("byPractitioner", byPractitioner(rows));
        model.addAttribute("booked", booked);
        return "schedule/day";
    }

    /**
     * The front desk's actions on a session of the day: check in, no-show, cancel with a reason. The treatment service
     * decides whether the session may still take the step; its refusal is shown above the day, in its words.
     */
    @PostMapping("/schedule/sessions/{id}/{action:check-in|no-show|cancel}")
    String act(@PathVariable UUID id, @PathVariable String action, @RequestParam String clinicId,
               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
               @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        Map<String, String> body = action.equals("cancel") ? Map.of("reason", reason == null ? "" : reason) : Map.of();
        try {
            gateway.post("/api/sessions/{id}/{action}", body, Map.class, headers -> { }, id, action);
            redirect.addFlashAttribute("done", DONE.get(action));
        } catch (GatewayProblem e) {
            redirect.addFlashAttribute("refused", e.problem().inWords());
        }
        redirect.addFlashAttribute("changed", id);
        redirect.addAttribute("clinicId", clinicId);
        redirect.addAttribute("date", date.toString());
        return "redirect:/schedule";
    }

    /** Each practitioner's day on its own, by name; sessions booked without a practitioner last. */
    static Map<String, List<Row>> byPractitioner(List<Row> rows) {
        Map<String, List<Row>> days = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        rows.forEach(row -> days.computeIfAbsent(row.session().practitioner(), practitioner -> new ArrayList<>())
                .add(row));
        return days;
    }

    /** A patient the person may not open is shown by their session alone. */
    private PatientView patientOrNull(UUID id) {
        try {
            return gateway.get("/api/patients/{id}", PatientView.class, id);
        } catch (GatewayProblem e) {
            return null;
        }
    }
}
