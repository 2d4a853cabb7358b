package com.clinicchain.staffweb.adverseevents;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clinicchain.staffweb.gateway.Gateway;
import com.clinicchain.staffweb.gateway.GatewayProblem;
import com.clinicchain.staffweb.patients.PatientView;
import com.clinicchain.staffweb.patients.TreatmentHistoryView;

/**
 * Adverse events of a completed session: report one (the lots the session's chart names are shown with it, as the
 * treatment service records them), add follow-up notes, close with an outcome. The treatment service decides who may.
 */
@Controller
class AdverseEventsController {

    private static final ParameterizedTypeReference<List<AdverseEventView>> EVENTS = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;

    AdverseEventsController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/patients/{id}/sessions/{sessionId}/adverse-events")
    String page(@PathVariable UUID id, @PathVariable UUID sessionId, Model model) {
        PatientView patient = gateway.get("/api/patients/{id}", PatientView.class, id);
        TreatmentHistoryView history = gateway.get("/api/sessions/history?patientId={id}&size=100",
                TreatmentHistoryView.class, id);
        TreatmentHistoryView.Session session = history.past().items().stream()
                .filter(s -> s.id().equals(sessionId)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "not a closed session of this patient"));
        ZoneId zone = session.timeZone() == null ? ZoneId.of("UTC") : ZoneId.of(session.timeZone());
        model.addAttribute("patient", patient);
        model.addAttribute("treatment", session);
        model.addAttribute("zone", zone);
        model.addAttribute("lots", session.injections().stream().map(TreatmentHistoryView.Injection::lotNumber)
                .distinct().toList());
        model.addAttribute("events", gateway.get("/api/sessions/{id}/adverse-events", EVENTS, sessionId));
        model.addAttribute("types", AdverseEventView.TYPES);
        model.addAttribute("severities", AdverseEventView.SEVERITIES);
        model.addAttribute("outcomes", AdverseEventView.OUTCOMES);
        return "adverse-events/session";
    }

    @PostMapping("/patients/{id}/sessions/{sessionId}/adverse-events")
    String report(@PathVariable UUID id, @PathVariable UUID sessionId, @RequestParam String type,
                  @RequestParam String severity,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime onset,
                  @RequestParam String timeZone, @RequestParam(defaultValue = "") String notes,
                  RedirectAttributes redirect) {
        if (onset == null) {
            redirect.addFlashAttribute("eventProblem", "Onset: when it began is required");
            return back(id, sessionId);
        }
        Map<String, Object> request = new HashMap<>(Map.of("type", type, "severity", severity,
                "onsetAt", AdverseEventView.onsetAt(onset, ZoneId.of(timeZone))));
        if (!notes.isBlank()) {
            request.put("notes", notes.strip());
        }
        return act(id, sessionId, redirect, "Adverse event reported.", () -> gateway.post(
                "/api/sessions/{id}/adverse-events", request, Map.class, headers -> { }, sessionId));
    }

    @PostMapping("/patients/{id}/sessions/{sessionId}/adverse-events/{eventId}/notes")
    String note(@PathVariable UUID id, @PathVariable UUID sessionId, @PathVariable UUID eventId,
                @RequestParam(defaultValue = "") String notes, RedirectAttributes redirect) {
        return act(id, sessionId, redirect, "Note added.", () -> gateway.post(
                "/api/sessions/adverse-events/{id}/notes", Map.of("notes", notes.strip()), Map.class,
                headers -> { }, eventId));
    }

    @PostMapping("/patients/{id}/sessions/{sessionId}/adverse-events/{eventId}/close")
    String close(@PathVariable UUID id, @PathVariable UUID sessionId, @PathVariable UUID eventId,
                 @RequestParam String outcome, @RequestParam(defaultValue = "") String notes,
                 RedirectAttributes redirect) {
        Map<String, Object> request = new HashMap<>(Map.of("outcome", outcome));
        if (!notes.isBlank()) {
            request.put("notes", notes.strip());
        }
        return act(id, sessionId, redirect, "Adverse event closed.", () -> gateway.post(
                "/api/sessions/adverse-events/{id}/close", request, Map.class, headers -> { }, eventId));
    }

    private static String act(UUID id, UUID sessionId, RedirectAttributes redirect, String done, Runnable call) {
        try {
            call.run();
            redirect.addFlashAttribute("eventMessage", done);
        } catch (GatewayProblem e) {
            redirect.addFlashAttribute("eventProblem", e.problem().inWords());
        }
        return back(id, sessionId);
    }

    private static String back(UUID id, UUID sessionId) {
        return "redirect:/patients/" + id + "/sessions/" + sessionId + "/adverse-events";
    }
}
