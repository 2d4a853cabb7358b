package com.clinicchain.staffweb.followups;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import com.clinicchain.staffweb.patients.PatientView;
import com.clinicchain.staffweb.security.StaffUser;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A clinic's follow-up worklist: the overdue ones first, then those due today (reviews two weeks after a treatment,
 * repeat reminders from three months), then those coming up (a patient who calls early is handled at once), each with
 * the patient's phone number to call, marked done or skipped.
 */
@Controller
class FollowUpsController {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FollowUp(UUID id, String clinicId, UUID sessionId, UUID patientId, String kind, LocalDate dueOn,
                    String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FollowUpPage(List<FollowUp> items, int page, int size, long totalItems) {
    }

    private final Gateway gateway;

    FollowUpsController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/follow-ups")
    String list(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String clinicId,
                Model model) {
        String clinic = ClinicPicker.chosen(user, clinicId);
        model.addAttribute("clinics", ClinicPicker.clinics(user));
        model.addAttribute("clinicId", clinic);
        List<FollowUp> overdue = page(clinic, "OVERDUE");
        List<FollowUp> due = page(clinic, "DUE");
        List<FollowUp> open = page(clinic, null);
        // patient-service has no batch lookup: one per patient on the list, each patient once
        Map<UUID, PatientView> patients = new HashMap<>();
        open.stream().map(FollowUp::patientId).distinct()
                .forEach(id -> patients.put(id, patient(id)));
        model.addAttribute("worklist", Worklist.of(overdue, due, open, patients));
        return "follow-ups/list";
    }

    private List<FollowUp> page(String clinic, String status) {
        if (status == null) {
            return gateway.get("/api/follow-ups?clinicId={clinic}&size=100", FollowUpPage.class, clinic).items();
        }
        return gateway.get("/api/follow-ups?clinicId={clinic}&status={status}&size=100", FollowUpPage.class, clinic,
                status).items();
    }

    /** A record the person may not open (or an erased one) still leaves the follow-up on the list, without a phone. */
    private PatientView patient(UUID id) {
        try {
            return gateway.get("/api/patients/{id}", PatientView.class, id);
        } catch (GatewayProblem e) {
            return null;
        }
    }

    @PostMapping("/follow-ups/{id}/{action:done|skip}")
    String close(@PathVariable UUID id, @PathVariable String action, @RequestParam(required = false) String clinicId,
                 RedirectAttributes redirect) {
        try {
            gateway.post("/api/follow-ups/{id}/" + action, Map.of(), Map.class, headers -> { }, id);
            redirect.addFlashAttribute("followUpMessage", "done".equals(action) ? "Marked done." : "Skipped.");
        } catch (GatewayProblem e) {
            redirect.addFlashAttribute("followUpProblem", e.problem().inWords());
        }
        redirect.addAttribute("clinicId", clinicId);
        return "redirect:/follow-ups";
    }
}
