package com.clinicchain.staffweb.followups;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.clinicchain.staffweb.gateway.Gateway;
import com.clinicchain.staffweb.layout.ClinicPicker;
import com.clinicchain.staffweb.security.StaffUser;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The follow-ups due or overdue at a clinic (reviews two weeks after a treatment, and the like). */
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
        model.addAttribute("followUps", gateway.get("/api/follow-ups?clinicId={clinic}&size=100",
                FollowUpPage.class, clinic).items());
        return "follow-ups/list";
    }
}
