package com.clinicchain.staffweb.booking;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.clinicchain.staffweb.gateway.Gateway;
import com.clinicchain.staffweb.gateway.GatewayProblem;
import com.clinicchain.staffweb.gateway.Problem;
import com.clinicchain.staffweb.layout.ClinicPicker;
import com.clinicchain.staffweb.layout.ClinicZones;
import com.clinicchain.staffweb.patients.PatientView;
import com.clinicchain.staffweb.security.StaffUser;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Books a session for a patient. Each form carries its own Idempotency-Key, sent with the booking: a double click or
 * a resubmitted page books once, and gets the first answer again.
 */
@Controller
class BookingController {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Product(UUID id, String brand, String genericName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Practitioner(String username, String displayName, boolean active) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Practitioners(List<Practitioner> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Booked(UUID id, String clinicId) {
    }

    private static final ParameterizedTypeReference<List<Product>> PRODUCTS = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;
    private final ClinicZones zones;

    BookingController(Gateway gateway, ClinicZones zones) {
        this.gateway = gateway;
        this.zones = zones;
    }

    @GetMapping("/patients/{id}/book")
    String form(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id,
                @RequestParam(required = false) String clinicId, Model model) {
        String clinic = ClinicPicker.chosen(user, clinicId);
        Booking booking = new Booking(clinic, null, zones.today(clinic).plusDays(1).toString(), "09:00", null, Map.of());
        return page(model, user, id, booking, UUID.randomUUID().toString(), null);
    }

    @PostMapping("/patients/{id}/book")
    String book(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id,
                @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        Booking booking = Booking.of(form);
        String key = form.getOrDefault("idempotencyKey", UUID.randomUUID().toString());
        try {
            ZoneId zone = zones.of(booking.clinicId());
            Booked booked = gateway.post("/api/sessions", booking.toRequest(id.toString(), zone), Booked.class,
                    headers -> headers.set("Idempotency-Key", key)).getBody();
            return "redirect:/schedule?clinicId=" + booked.clinicId() + "&date=" + booking.date() + "&booked="
                    + booked.id();
        } catch (GatewayProblem e) {
            response.setStatus(e.problem().status());
            return page(model, user, id, booking, key, e.problem());
        }
    }

    private String page(Model model, StaffUser user, UUID patientId, Booking booking, String key, Problem problem) {
        model.addAttribute("patient", gateway.get("/api/patients/{id}", PatientView.class, patientId));
        model.addAttribute("booking", booking);
        model.addAttribute("idempotencyKey", key);
        model.addAttribute("clinics", ClinicPicker.clinics(user));
        model.addAttribute("areas", Booking.AREAS.keySet());
        model.addAttribute("products", gateway.get("/api/inventory/products", PRODUCTS));
        model.addAttribute("practitioners", practitionersAt(booking.clinicId()));
        model.addAttribute("problem", problem);
        model.addAttribute("reasons", problem == null ? List.of() : reasons(problem));
        return "booking/form";
    }

    /** From the clinic registry; an empty registry leaves the practitioner to be assigned later. */
    private List<Practitioner> practitionersAt(String clinicId) {
        try {
            Practitioners found = gateway.get("/api/practitioners?clinicId={clinic}&size=100", Practitioners.class,
                    clinicId);
            return found.items().stream().filter(Practitioner::active).toList();
        } catch (GatewayProblem e) {
            return List.of();
        }
    }

    /** Every failed rule of a refused booking, in the service's words. */
    private static List<String> reasons(Problem problem) {
        if (problem.properties().get("reasons") instanceof List<?> reasons) {
            return reasons.stream().filter(Map.class::isInstance).map(Map.class::cast)
                    .map(reason -> String.valueOf(reason.get("message"))).toList();
        }
        return List.of();
    }
}
