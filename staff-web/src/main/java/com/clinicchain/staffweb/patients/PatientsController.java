package com.clinicchain.staffweb.patients;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.clinicchain.staffweb.consents.ConsentsView;
import com.clinicchain.staffweb.gateway.Gateway;
import com.clinicchain.staffweb.gateway.GatewayProblem;
import com.clinicchain.staffweb.gateway.Problem;
import com.clinicchain.staffweb.layout.ClinicZones;
import com.clinicchain.staffweb.security.StaffUser;

import jakarta.servlet.http.HttpServletResponse;

/** The front desk: find a patient, register one, open and correct their record. */
@Controller
class PatientsController {

    private static final int PAGE_SIZE = 20;
    /** The latest closed sessions shown on the patient's page. */
    private static final int HISTORY_PAGE = 20;

    private final Gateway gateway;
    private final ClinicZones zones;

    PatientsController(Gateway gateway, ClinicZones zones) {
        this.gateway = gateway;
        this.zones = zones;
    }

    /** The search page; without JavaScript the form submits here and the page carries the results. */
    @GetMapping("/patients")
    String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("results", find(q, page));
        return "patients/search";
    }

    /** The results alone, for the search box as the person types. */
    @GetMapping("/patients/results")
    String results(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                   Model model) {
        model.addAttribute("q", q);
        model.addAttribute("results", find(q, page));
        return "patients/search :: results";
    }

    /**
     * The typed parts go in as URI variables, which the gateway client encodes strictly once: "Hansen Anna" and
     * "+47 912 34 567" arrive as typed (a pre-encoded query was encoded again, and a space became "%20" in the name).
     */
    private PatientView.Page find(String typed, int page) {
        SearchQuery query = SearchQuery.parse(typed);
        StringBuilder uri = new StringBuilder("/api/patients?page={page}&size={size}");
        Map<String, Object> values = new HashMap<>(Map.of("page", Math.max(page, 0), "size", PAGE_SIZE));
        add(uri, values, "q", query.name());
        add(uri, values, "phone", query.phone());
        add(uri, values, "dateOfBirth", query.dateOfBirth());
        add(uri, values, "medicalRecordNumber", query.medicalRecordNumber());
        return gateway.get(uri.toString(), PatientView.Page.class, values);
    }

    private static void add(StringBuilder uri, Map<String, Object> values, String name, Object value) {
        if (value != null) {
            uri.append('&').append(name).append("={").append(name).append('}');
            values.put(name, value);
        }
    }

    @GetMapping("/patients/new")
    String registration(@AuthenticationPrincipal StaffUser user, Model model) {
        PatientForm form = new PatientForm();
        if (user.claims().clinicIds().size() == 1) {
            form.setHomeClinicId(user.claims().clinicIds().get(0));
        }
        return registrationPage(model, user, form, FieldMessages.none(), null);
    }

    @PostMapping("/patients/new")
    String register(@AuthenticationPrincipal StaffUser user, @ModelAttribute("form") PatientForm form,
                    @RequestParam(defaultValue = "false") boolean confirmedDifferentPerson, Model model,
                    HttpServletResponse response) {
        Map<String, Object> request = form.toRequest();
        request.put("confirmedDifferentPerson", confirmedDifferentPerson);
        try {
            ResponseEntity<PatientView> created = gateway.post("/api/patients", request, PatientView.class,
                    headers -> { });
            return "redirect:/patients/" + created.getBody().id() + "?registered";
        } catch (GatewayProblem e) {
            Problem problem = e.problem();
            response.setStatus(problem.status());
            if (problem.is("possible-duplicate")) {
                model.addAttribute("duplicate", lookAlike(problem));
            }
            return registrationPage(model, user, form, FieldMessages.of(problem), problem);
        }
    }

    /** The record the service found alike, to name it; if the person may not open it, the duplicate stays unnamed. */
    private PatientView lookAlike(Problem problem) {
        String path = problem.property("existingPatient").orElse(null);
        if (path == null || !path.matches("/api/patients/[0-9a-f-]{36}")) {
            return null;
        }
        try {
            return gateway.get(path, PatientView.class);
        } catch (GatewayProblem e) {
            return null;
        }
    }

    private String registrationPage(Model model, StaffUser user, PatientForm form, Map<String, String> errors,
                                    Problem problem) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("clinics", user.claims().clinicIds());
        return "patients/new";
    }

    @GetMapping("/patients/{id}")
    String patient(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, Model model) {
        ResponseEntity<PatientView> answer = gateway.getEntity("/api/patients/{id}", PatientView.class, id);
        return patientPage(model, user, answer.getBody(), PatientForm.of(answer.getBody()),
                answer.getHeaders().getETag(), FieldMessages.none(), null);
    }

    /** Sends back the version the person read: if someone changed the record since, nothing is overwritten. */
    @PostMapping("/patients/{id}")
    String update(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id,
                  @ModelAttribute("form") PatientForm form, @RequestParam String version, Model model,
                  HttpServletResponse response) {
        try {
            gateway.put("/api/patients/{id}", form.toRequest(), PatientView.class,
                    headers -> headers.set(HttpHeaders.IF_MATCH, version), id);
            return "redirect:/patients/" + id + "?saved";
        } catch (GatewayProblem e) {
            Problem problem = e.problem();
            response.setStatus(problem.status());
            PatientView current = gateway.get("/api/patients/{id}", PatientView.class, id);
            model.addAttribute("stale", problem.status() == 412);
            return patientPage(model, user, current, form, version, FieldMessages.of(problem), problem);
        }
    }

    private String patientPage(Model model, StaffUser user, PatientView patient, PatientForm form, String version,
                               Map<String, String> errors, Problem problem) {
        model.addAttribute("patient", patient);
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        // the record may belong to a clinic the person does not work at: it stays selectable as it is
        List<String> clinics = new ArrayList<>(user.claims().clinicIds());
        if (patient.homeClinicId() != null && !clinics.contains(patient.homeClinicId())) {
            clinics.add(patient.homeClinicId());
        }
        model.addAttribute("clinics", clinics);
        model.addAttribute("zone", zones.of(patient.homeClinicId()));
        // the patient service's front desk: everyone but managers records the paperwork consents
        // screening is the clinicians' (the patient service's rule): others are not offered the link
        model.addAttribute("clinical", user.claims().clinical());
        // the access log, the GDPR export and erasure are the chain admin's (the patient service's rule)
        model.addAttribute("admin", user.claims().has("admin"));
        model.addAttribute("recordsPaperwork", user.claims().has("receptionist") || user.claims().has("practitioner")
                || user.claims().has("admin"));
        if (!patient.erased()) {
            // a refusal of the consents (or of the history) says why beside that section; the record still shows
            try {
                model.addAttribute("consents", gateway.get("/api/patients/{id}/consents", ConsentsView.class,
                        patient.id()));
            } catch (GatewayProblem e) {
                model.addAttribute("consentsProblem", e.problem());
            }
            try {
                model.addAttribute("history", gateway.get("/api/sessions/history?patientId={id}&size={size}",
                        TreatmentHistoryView.class, patient.id(), HISTORY_PAGE));
            } catch (GatewayProblem e) {
                model.addAttribute("historyProblem", e.problem());
            }
        }
        return "patients/show";
    }
}
