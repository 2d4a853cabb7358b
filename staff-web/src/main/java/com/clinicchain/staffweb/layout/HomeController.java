package com.clinicchain.staffweb.layout;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import com.clinicchain.staffweb.security.StaffUser;

@Controller
class HomeController {

    /** Straight to the person's first section: the front desk starts at the patient search. */
    @GetMapping("/")
    String home(@AuthenticationPrincipal StaffUser user) {
        var sections = Navigation.forRoles(user.claims().roles());
        return sections.isEmpty() ? "home" : "redirect:" + sections.get(0).path();
    }

    /** Where Keycloak sends the browser back after signing out; it shows no data and needs no session. */
    @GetMapping("/signed-out")
    String signedOut() {
        return "signed-out";
    }
}
