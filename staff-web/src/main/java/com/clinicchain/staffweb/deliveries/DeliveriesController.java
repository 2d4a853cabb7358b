package com.clinicchain.staffweb.deliveries;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clinicchain.staffweb.gateway.Gateway;
import com.clinicchain.staffweb.gateway.GatewayProblem;
import com.clinicchain.staffweb.gateway.Problem;
import com.clinicchain.staffweb.layout.ClinicPicker;
import com.clinicchain.staffweb.security.StaffUser;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Receives a delivery at one of the manager's clinics, typed or scanned from the carton's GS1 code: the lot (a lot
 * the chain already holds is joined), its sealed vials, then the fridge they go in. Each form carries its own
 * Idempotency-Key: a double click books the vials once.
 */
@Controller
class DeliveriesController {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Fridge(UUID id, String name, List<UUID> lotIds) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HeldLot(UUID lotId, String brand, String lotNumber, LocalDate expiryDate, String status, int vials,
                   int sealedVials) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page<T>(List<T> items, long totalItems) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Received(UUID id, String lotNumber, LocalDate expiryDate, List<UUID> vialIds) {
    }

    private static final ParameterizedTypeReference<List<Delivery.Product>> PRODUCTS =
            new ParameterizedTypeReference<>() {
            };
    private static final ParameterizedTypeReference<List<Fridge>> FRIDGES = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Page<HeldLot>> LOTS = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;

    DeliveriesController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/stock/deliveries")
    String form(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String clinicId,
                @RequestParam(required = false) UUID received, Model model) {
        Delivery delivery = Delivery.blank(ClinicPicker.chosen(user, clinicId));
        model.addAttribute("received", received);
        return page(model, user, delivery, UUID.randomUUID().toString(), Map.of(), null);
    }

    /** A keyboard-wedge scanner types the carton's code and Enter; the rest of the form comes along as typed. */
    @PostMapping("/stock/deliveries/scan")
    String scan(@AuthenticationPrincipal StaffUser user, @RequestParam Map<String, String> form, Model model) {
        Delivery typed = Delivery.of(form);
        Delivery.Scan scan = typed.scanned(form.getOrDefault("code", ""),
                gateway.get("/api/inventory/products", PRODUCTS));
        model.addAttribute("scan", scan);
        return page(model, user, scan.delivery(), key(form), Map.of(), null);
    }

    @PostMapping("/stock/deliveries")
    String receive(@AuthenticationPrincipal StaffUser user, @RequestParam Map<String, String> form, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        Delivery delivery = Delivery.of(form);
        String key = key(form);
        Received received;
        try {
            received = gateway.post("/api/inventory/lots", delivery.toRequest(), Received.class,
                    headers -> headers.set("Idempotency-Key", key)).getBody();
        } catch (GatewayProblem e) {
            Problem problem = e.problem();
            response.setStatus(problem.status());
            return page(model, user, delivery, key, problem.byInput(Delivery.INPUTS), problem);
        }
        String done = "Received " + received.vialIds().size() + " vials of lot " + received.lotNumber()
                + ", expiring " + received.expiryDate() + ", at " + delivery.clinicId() + ".";
        if (delivery.toFridge()) {
            try {
                Fridge fridge = gateway.post("/api/inventory/fridges/{id}/lots", Map.of("lotId", received.id()),
                        Fridge.class, headers -> headers.set("Idempotency-Key", key + "-fridge"),
                        delivery.fridgeId()).getBody();
                done += " They are in " + fridge.name() + ".";
            } catch (GatewayProblem e) {
                redirect.addFlashAttribute("refused", "The vials were received but not put in the fridge: "
                        + e.problem().inWords());
            }
        }
        redirect.addFlashAttribute("done", done);
        redirect.addAttribute("clinicId", delivery.clinicId());
        redirect.addAttribute("received", received.id());
        return "redirect:/stock/deliveries";
    }

    private String page(Model model, StaffUser user, Delivery delivery, String key, Map<String, String> errors,
                        Problem problem) {
        // the lists are of a clinic of the person's; what was typed is sent as typed, for the service to judge
        String clinic = ClinicPicker.chosen(user, delivery.clinicId());
        List<Fridge> fridges = gateway.get("/api/inventory/fridges?clinicId={clinic}", FRIDGES, clinic);
        Map<UUID, String> fridgeOfLot = new HashMap<>();
        fridges.forEach(fridge -> fridge.lotIds().forEach(lot -> fridgeOfLot.put(lot, fridge.name())));
        model.addAttribute("delivery", delivery);
        model.addAttribute("clinic", clinic);
        model.addAttribute("clinics", ClinicPicker.clinics(user));
        model.addAttribute("idempotencyKey", key);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("products", gateway.get("/api/inventory/products", PRODUCTS));
        model.addAttribute("fridges", fridges);
        model.addAttribute("fridgeOfLot", fridgeOfLot);
        model.addAttribute("lots", gateway.get("/api/inventory/lots?clinicId={clinic}&size=100", LOTS, clinic));
        return "deliveries/page";
    }

    private static String key(Map<String, String> form) {
        String key = form.get("idempotencyKey");
        return key == null || key.isBlank() ? UUID.randomUUID().toString() : key;
    }
}
