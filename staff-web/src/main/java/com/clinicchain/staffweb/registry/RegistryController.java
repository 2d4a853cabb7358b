package com.clinicchain.staffweb.registry;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.clinicchain.staffweb.gateway.Gateway;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The chain's clinics and practitioners, read-only, from the treatment service's registry. */
@Controller
class RegistryController {

    /** Pages read at most of each list (100 each): a chain's registry is far smaller. */
    static final int MAX_PAGES = 10;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ClinicPage(List<Registry.Clinic> items, long totalItems) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PractitionerPage(List<Registry.Practitioner> items, long totalItems) {
    }

    private final Gateway gateway;

    RegistryController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/admin/registry")
    String registry(Model model) {
        List<Registry.Clinic> clinics = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            ClinicPage read = gateway.get("/api/clinics?page={page}&size=100", ClinicPage.class, page);
            clinics.addAll(read.items());
            if (clinics.size() >= read.totalItems() || read.items().isEmpty()) {
                break;
            }
        }
        List<Registry.Practitioner> practitioners = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            PractitionerPage read = gateway.get("/api/practitioners?page={page}&size=100", PractitionerPage.class, page);
            practitioners.addAll(read.items());
            if (practitioners.size() >= read.totalItems() || read.items().isEmpty()) {
                break;
            }
        }
        model.addAttribute("registry", Registry.of(clinics, practitioners));
        return "admin/registry";
    }
}
