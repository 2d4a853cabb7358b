package com.clinicchain.staffweb.layout;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.clinicchain.staffweb.security.KeptForms;
import com.clinicchain.staffweb.security.StaffUser;

import jakarta.servlet.http.HttpServletRequest;

/** What every page's frame shows: who is signed in, the sections they may open, and a form kept across signing in. */
@ControllerAdvice
class LayoutAdvice {

    private final KeptForms keptForms;

    LayoutAdvice(KeptForms keptForms) {
        this.keptForms = keptForms;
    }

    @ModelAttribute
    void frame(@AuthenticationPrincipal StaffUser user, HttpServletRequest request, Model model) {
        model.addAllAttributes(of(user, request));
        // what the person typed before signing in again, for the page's script to put back into its form
        keptForms.takeFor(request, user).ifPresent(form -> model.addAttribute("keptForm", form));
    }

    static Map<String, Object> of(StaffUser user, HttpServletRequest request) {
        if (user == null) {
            return Map.of("sections", List.of(), "currentPath", request.getRequestURI());
        }
        String section = Navigation.sectionOf(request.getRequestURI());
        return Map.of("staff", user, "sections", Navigation.forRoles(user.claims().roles()),
                "currentPath", request.getRequestURI(), "currentSection", section == null ? "" : section);
    }
}
