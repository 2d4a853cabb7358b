package com.clinicchain.staffweb.followups;

import java.time.LocalDate;
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
import com.clinicchain.staffweb.patients.PatientDirectory;
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
    private final PatientDirectory directory;

    FollowUpsController(Gateway gateway, PatientDirectory directory) {
        this.gateway = gateway;
        this.directory = directory;
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
        Map<UUID, PatientView> patients = Map.of();
        try {
            patients = directory.byId(open.stream().map(FollowUp::patientId).toList());
        } catch (GatewayProblem e) {
            // a refused read leaves the follow-ups on the list, without names and phones
        }
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

    /** Done or skipped, as the button pressed says, with the note typed beside it (the service keeps up to 500). */
    @PostMapping("/follow-ups/{id}/{action:done|skip}")
    String close(@PathVariable UUID id, @PathVariable String action, @RequestParam(required = false) String clinicId,
                 @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            gateway.post("/api/follow-ups/{id}/" + action, note == null ? Map.of() : Map.of("note", note), Map.class,
                    headers -> { }, id);
            redirect.addFlashAttribute("followUpMessage", "done".equals(action) ? "Marked done." : "Skipped.");
        } catch (GatewayProblem e) {
            redirect.addFlashAttribute("followUpProblem", e.problem().inWords());
        }
        redirect.addAttribute("clinicId", clinicId);
        return "redirect:/follow-ups";
    }
}
