package com.clinicchain.staffweb.patientdata;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clinicchain.staffweb.admin.TypedConfirmation;
import com.clinicchain.staffweb.gateway.Gateway;
import com.clinicchain.staffweb.gateway.GatewayProblem;
import com.clinicchain.staffweb.patients.PatientView;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A patient's data, for the chain admin answering a GDPR request: who read or changed the record (the patient
 * service's access log, allowed and denied), a copy of everything held (the export, as a download) and erasure, typed
 * as the record number to confirm, after which the page says what was kept and why.
 */
@Controller
class PatientDataController {

    static final int LOG_PAGE = 20;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AccessLogPage(List<AccessLogLine> items, int page, int size, long totalItems) {

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < totalItems;
        }
    }

    private final Gateway gateway;

    PatientDataController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/admin/patients/{id}")
    String page(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("patient", gateway.get("/api/patients/{id}", PatientView.class, id));
        model.addAttribute("log", gateway.get("/api/patients/{id}/access-log?page={page}&size={size}",
                AccessLogPage.class, id, Math.max(page, 0), LOG_PAGE));
        return "admin/patient-data";
    }

    @GetMapping("/admin/patients/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable UUID id) {
        byte[] document = gateway.get("/api/patients/{id}/export", byte[].class, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("patient-" + id + "-export.json").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(document);
    }

    @PostMapping("/admin/patients/{id}/erase")
    String erase(@PathVariable UUID id, @RequestParam(required = false) String confirmation,
                 RedirectAttributes redirect) {
        PatientView patient = gateway.get("/api/patients/{id}", PatientView.class, id);
        TypedConfirmation.Decision decision = TypedConfirmation.check(patient.medicalRecordNumber(), confirmation,
                "the patient's record number");
        if (!decision.confirmed()) {
            redirect.addFlashAttribute("eraseProblem", decision.message());
        } else {
            try {
                PatientView erased = gateway.post("/api/patients/{id}/erase", java.util.Map.of(), PatientView.class,
                        headers -> { }, id).getBody();
                redirect.addFlashAttribute("erasure", Erasure.of(erased));
            } catch (GatewayProblem e) {
                redirect.addFlashAttribute("eraseProblem", e.problem().inWords());
            }
        }
        return "redirect:/admin/patients/" + id;
    }
}
