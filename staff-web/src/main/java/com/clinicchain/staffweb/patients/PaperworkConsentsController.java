package com.clinicchain.staffweb.patients;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clinicchain.staffweb.gateway.Gateway;
import com.clinicchain.staffweb.gateway.GatewayProblem;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The front desk records and withdraws the paperwork consents (sharing with partners, marketing) from the patient's
 * page; the treatment and photography consents are the practitioner's screens. The patient service decides who may.
 */
@Controller
class PaperworkConsentsController {

    static final Set<String> PAPERWORK = Set.of("PARTNER_DATA_SHARING", "MARKETING");

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Template(String type, int version) {
    }

    private static final ParameterizedTypeReference<List<Template>> TEMPLATES = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;

    PaperworkConsentsController(Gateway gateway) {
        this.gateway = gateway;
    }

    /** Signed now, on the current template's wording; the witness is the signed-in person (the service's rule). */
    @PostMapping("/patients/{id}/consents")
    String record(@PathVariable UUID id, @RequestParam String type, @RequestParam(defaultValue = "IN_CLINIC") String method,
                  RedirectAttributes redirect) {
        if (!PAPERWORK.contains(type)) {
            redirect.addFlashAttribute("consentMessage", "Only sharing and marketing consents are recorded here.");
            return "redirect:/patients/" + id;
        }
        try {
            int version = gateway.get("/api/consent-templates?type={type}", TEMPLATES, type).stream()
                    .map(Template::version).max(Comparator.naturalOrder()).orElse(1);
            gateway.post("/api/patients/{id}/consents", Map.of("type", type, "templateVersion", version,
                    "method", method, "signedAt", OffsetDateTime.now(ZoneOffset.UTC).toString()), Map.class,
                    headers -> { }, id);
            redirect.addFlashAttribute("consentMessage", "Consent recorded.");
        } catch (GatewayProblem e) {
            redirect.addFlashAttribute("consentProblem", e.problem().inWords());
        }
        return "redirect:/patients/" + id + "#consents-heading";
    }

    @PostMapping("/patients/{id}/consents/{consentId}/withdraw")
    String withdraw(@PathVariable UUID id, @PathVariable UUID consentId, @RequestParam(defaultValue = "") String reason,
                    RedirectAttributes redirect) {
        try {
            gateway.post("/api/patients/{id}/consents/{consent}/withdraw", Map.of("reason", reason), Map.class,
                    headers -> { }, id, consentId);
            redirect.addFlashAttribute("consentMessage", "Consent withdrawn.");
        } catch (GatewayProblem e) {
            redirect.addFlashAttribute("consentProblem", e.problem().inWords());
        }
        return "redirect:/patients/" + id + "#consents-heading";
    }
}
