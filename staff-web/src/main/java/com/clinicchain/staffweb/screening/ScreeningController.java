package com.clinicchain.staffweb.screening;

import java.time.Clock;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.clinicchain.staffweb.StaffWebProperties;
import com.clinicchain.staffweb.gateway.Gateway;
import com.clinicchain.staffweb.gateway.GatewayProblem;
import com.clinicchain.staffweb.layout.ClinicZones;
import com.clinicchain.staffweb.patients.PatientView;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The practitioner's screening of a patient: the latest answers shown beside the form for comparison, and after
 * saving what the service derived from them. The patient service decides who may (practitioners and admins).
 */
@Controller
class ScreeningController {

    private final Gateway gateway;
    private final ClinicZones zones;
    private final Period maxAge;
    private final Clock clock;

    ScreeningController(Gateway gateway, ClinicZones zones, StaffWebProperties properties, Clock clock) {
        this.gateway = gateway;
        this.zones = zones;
        this.maxAge = properties.screeningMaxAge();
        this.clock = clock;
    }

    @GetMapping("/patients/{id}/screening")
    String screening(@PathVariable UUID id, Model model) {
        return page(model, id, null);
    }

    @PostMapping("/patients/{id}/screening")
    String record(@PathVariable UUID id, @RequestParam(required = false) List<String> conditions,
                  @RequestParam(required = false) List<String> medications,
                  @RequestParam(defaultValue = "") String otherConditions,
                  @RequestParam(defaultValue = "") String otherMedications, Model model,
                  HttpServletResponse response) {
        Map<String, Object> request = new HashMap<>();
        request.put("conditions", ScreeningCodes.known(conditions, ScreeningCodes.conditions()));
        request.put("medications", ScreeningCodes.known(medications, ScreeningCodes.medications()));
        request.put("otherConditions", otherConditions.isBlank() ? null : otherConditions.strip());
        request.put("otherMedications", otherMedications.isBlank() ? null : otherMedications.strip());
        try {
            gateway.post("/api/patients/{id}/screenings", request, Map.class, headers -> { }, id);
            return "redirect:/patients/" + id + "/screening?saved";
        } catch (GatewayProblem e) {
            response.setStatus(e.problem().status());
            model.addAttribute("problem", e.problem().inWords());
            return page(model, id, request);
        }
    }

    private String page(Model model, UUID id, Map<String, Object> typed) {
        PatientView patient = gateway.get("/api/patients/{id}", PatientView.class, id);
        ZoneId zone = zones.of(patient.homeClinicId());
        List<ScreeningView> latest = gateway.get("/api/patients/{id}/screenings?page=0&size=2",
                ScreeningView.Page.class, id).items();
        ScreeningView current = latest.isEmpty() ? null : latest.get(0);
        model.addAttribute("patient", patient);
        model.addAttribute("zone", zone);
        model.addAttribute("current", current);
        model.addAttribute("previous", latest.size() > 1 ? latest.get(1) : null);
        model.addAttribute("outOfDate", current != null && current.outOfDate(clock.instant(), zone, maxAge));
        model.addAttribute("maxAge", maxAge);
        model.addAttribute("conditions", ScreeningCodes.conditions());
        model.addAttribute("medications", ScreeningCodes.medications());
        // the form starts from what was typed (a refusal) or from the latest answers: a re-screening changes little
        model.addAttribute("ticked", typed != null ? ticked(typed) : current == null ? List.of()
                : concat(current.conditions(), current.medications()));
        model.addAttribute("otherConditions", typed != null ? typed.get("otherConditions")
                : current == null ? null : current.otherConditions());
        model.addAttribute("otherMedications", typed != null ? typed.get("otherMedications")
                : current == null ? null : current.otherMedications());
        return "screening/form";
    }

    @SuppressWarnings("unchecked")
    private static List<String> ticked(Map<String, Object> typed) {
        return concat((List<String>) typed.get("conditions"), (List<String>) typed.get("medications"));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
