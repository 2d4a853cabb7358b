package com.clinicchain.staffweb.consenttemplates;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clinicchain.staffweb.consenttemplates.TemplateShelf.Template;
import com.clinicchain.staffweb.gateway.Gateway;
import com.clinicchain.staffweb.gateway.GatewayProblem;

/**
 * The consent wordings: each type's version in force and the older ones, and a new version published by the admin
 * ({@code POST /api/consent-templates}); consents given from then on name the new version, earlier ones keep theirs.
 */
@Controller
class ConsentTemplatesController {

    private static final Map<String, String> INPUTS = Map.of("type", "template-type", "body", "template-body");

    private final Gateway gateway;

    ConsentTemplatesController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/admin/consent-templates")
    String list(Model model) {
        if (!model.containsAttribute("fieldProblems")) {
            model.addAttribute("fieldProblems", Map.of());
        }
        model.addAttribute("shelf", TemplateShelf.of(List.of(gateway.get("/api/consent-templates", Template[].class))));
        return "admin/consent-templates";
    }

    @PostMapping("/admin/consent-templates")
    String publish(@RequestParam(required = false) String type, @RequestParam(required = false) String body,
                   RedirectAttributes redirect) {
        try {
            Template published = gateway.post("/api/consent-templates", Map.of("type", type == null ? "" : type,
                    "body", body == null ? "" : body), Template.class, headers -> { }).getBody();
            redirect.addFlashAttribute("publishedMessage", "Published version " + published.version() + " of "
                    + TemplateShelf.of(List.of(published)).types().stream()
                    .filter(t -> t.type().equals(published.type())).findFirst().orElseThrow().typeInWords() + ".");
        } catch (GatewayProblem e) {
            // the patient service names the field (an unknown type, an empty or too long wording): beside its input
            redirect.addFlashAttribute("fieldProblems", e.problem().byInput(INPUTS));
            redirect.addFlashAttribute("publishProblem", e.problem().errors().isEmpty() ? e.problem().inWords() : null);
            redirect.addFlashAttribute("typedType", type);
            redirect.addFlashAttribute("typedBody", body);
        }
        return "redirect:/admin/consent-templates";
    }
}
