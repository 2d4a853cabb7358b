package com.clinicchain.staffweb.consents;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.ParameterizedTypeReference;
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
import com.clinicchain.staffweb.layout.ClinicZones;
import com.clinicchain.staffweb.patients.PatientView;
import com.clinicchain.staffweb.security.StaffUser;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A patient's consents on one screen: each type's current template (text and version), where it stands, the forms the
 * person's role may use, and the history per type. The front desk also records the paperwork from the patient's page.
 * The patient service decides who may; this screen only leaves out forms that would be refused.
 */
@Controller
class ConsentsController {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Template(String type, int version, String body) {
    }

    private static final ParameterizedTypeReference<List<Template>> TEMPLATES = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;
    private final ClinicZones zones;
    private final Clock clock;

    ConsentsController(Gateway gateway, ClinicZones zones, Clock clock) {
        this.clock = clock;
        this.gateway = gateway;
        this.zones = zones;
    }

    @GetMapping("/patients/{id}/consents")
    String consents(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, Model model) {
        PatientView patient = gateway.get("/api/patients/{id}", PatientView.class, id);
        model.addAttribute("patient", patient);
        model.addAttribute("zone", zones.of(patient.homeClinicId()));
        model.addAttribute("consents", gateway.get("/api/patients/{id}/consents", ConsentsView.class, id));
        Map<String, Template> templates = new HashMap<>();
        gateway.get("/api/consent-templates", TEMPLATES).forEach(t -> templates.merge(t.type(), t,
                (a, b) -> a.version() >= b.version() ? a : b));
        model.addAttribute("templates", templates);
        model.addAttribute("types", ConsentForms.ORDER);
        model.addAttribute("mayRecord", ConsentForms.ORDER.stream().filter(type ->
                ConsentForms.mayRecord(user.claims().roles(), type)).toList());
        return "consents/list";
    }

    /**
     * Signed now, on the current template's wording; the witness is the signed-in person (the service's rule). The
     * version shown on the screen is sent, so a template published meanwhile is not signed unseen.
     */
    @PostMapping("/patients/{id}/consents")
    String record(@PathVariable UUID id, @RequestParam String type, @RequestParam(defaultValue = "IN_CLINIC") String method,
                  @RequestParam(required = false) Integer templateVersion,
                  @RequestParam(defaultValue = "consents") String from, RedirectAttributes redirect) {
        try {
            int version = templateVersion != null ? templateVersion
                    : gateway.get("/api/consent-templates?type={type}", TEMPLATES, type).stream()
                    .map(Template::version).max(Comparator.naturalOrder()).orElse(1);
            gateway.post("/api/patients/{id}/consents", Map.of("type", type, "templateVersion", version,
                    "method", method, "signedAt", clock.instant().atOffset(ZoneOffset.UTC).toString()), Map.class,
                    headers -> { }, id);
            redirect.addFlashAttribute("consentMessage", "Consent recorded.");
        } catch (GatewayProblem e) {
            redirect.addFlashAttribute("consentProblem", e.problem().inWords());
        }
        return "redirect:" + ConsentForms.back(id, from);
    }

    @PostMapping("/patients/{id}/consents/{consentId}/withdraw")
    String withdraw(@PathVariable UUID id, @PathVariable UUID consentId, @RequestParam(defaultValue = "") String reason,
                    @RequestParam(defaultValue = "consents") String from, RedirectAttributes redirect) {
        try {
            gateway.post("/api/patients/{id}/consents/{consent}/withdraw", Map.of("reason", reason), Map.class,
                    headers -> { }, id, consentId);
            redirect.addFlashAttribute("consentMessage", "Consent withdrawn.");
        } catch (GatewayProblem e) {
            redirect.addFlashAttribute("consentProblem", e.problem().inWords());
        }
        return "redirect:" + ConsentForms.back(id, from);
    }
}
