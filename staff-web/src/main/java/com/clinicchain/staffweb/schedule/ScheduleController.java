package com.clinicchain.staffweb.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
import com.clinicchain.staffweb.layout.Words;
import com.clinicchain.staffweb.patients.PatientDirectory;
import com.clinicchain.staffweb.patients.PatientView;
import com.clinicchain.staffweb.security.StaffUser;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A clinic's day: every session with its patient, time, planned areas and status, by start time. Two gateway calls
 * whatever the day holds: the session list (which carries the plans) and one batch read of the day's patients.
 */
@Controller
class ScheduleController {

    /** A clinic's day fits in one page of the treatment service's list (its largest page). */
    private static final int DAY_PAGE = 100;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SessionLine(UUID id, UUID patientId, String practitioner, UUID productId, Instant startsAt,
                       int durationMinutes, int expectedUnits, String status, String stockStatus,
                       boolean consentWithdrawn, List<Area> areas) {

        /** "Glabellar lines 20 U, Forehead lines 20 U": what the session is for; empty for units without a plan. */
        public String planInWords() {
            return areas == null ? "" : areas.stream().map(Area::inWords).collect(Collectors.joining(", "));
        }
    }

    /** One area of a session's plan, as the treatment service names it (GLABELLAR_LINES). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Area(String area, int plannedUnits) {

        String inWords() {
            return Words.dose(area, plannedUnits);
        }
    }

    /** A session as the day's list shows it: its start in the clinic's time; patient null if not answered. */
    record Row(SessionLine session, String time, PatientView patient) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SessionPage(List<SessionLine> items, int page, int size, long totalItems) {
    }

    private static final Map<String, String> DONE = Map.of("check-in", "Checked in.", "no-show",
            "Marked as a no-show.", "cancel", "Cancelled.");

    private final Gateway gateway;
    private final ClinicZones zones;
    private final PatientDirectory directory;
    private final Clock clock;

    ScheduleController(Gateway gateway, ClinicZones zones, PatientDirectory directory, Clock clock) {
        this.clock = clock;
        this.gateway = gateway;
        this.zones = zones;
        this.directory = directory;
    }

    @GetMapping("/schedule")
    String day(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String clinicId,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
               @RequestParam(required = false) UUID booked, Model model) {
        String clinic = ClinicPicker.chosen(user, clinicId);
        ZoneId zone = zones.of(clinic);
        LocalDate day = date == null ? LocalDate.now(clock.withZone(zone)) : date;
        SessionPage sessions = gateway.get("/api/sessions?clinicId={clinic}&date={date}&size={size}",
                SessionPage.class, clinic, day, DAY_PAGE);
        Map<UUID, PatientView> patients = Map.of();
        try {
            patients = directory.byId(sessions.items().stream().map(SessionLine::patientId).toList());
        } catch (GatewayProblem e) {
            // the sessions still show, each by its link to the record; the page says why the names are missing
            model.addAttribute("patientsProblem", e.problem().inWords());
        }
        List<Row> rows = DaySchedule.rows(sessions.items(), patients, zone);
        model.addAttribute("clinics", ClinicPicker.clinics(user));
        model.addAttribute("clinicId", clinic);
        model.addAttribute("date", day);
        model.addAttribute("zone", zone);
        model.addAttribute("rows", rows);
        model.addAttribute("byPractitioner", DaySchedule.byPractitioner(rows));
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

}
