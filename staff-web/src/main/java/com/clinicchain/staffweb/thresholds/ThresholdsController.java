package com.clinicchain.staffweb.thresholds;

import java.util.LinkedHashMap;
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
 * A clinic's minimum stock per product: under it, the dashboard highlights the line and inventory announces StockLow
 * once. Setting is a PUT (setting the same minimum twice is the same), so it needs no Idempotency-Key.
 */
@Controller
class ThresholdsController {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Minimum(String clinicId, UUID productId, int minUnits, boolean below) {
    }

    /** Only the minimum is typed; a refused clinic or product is said above the row's input, with the field's name. */
    private static final Map<String, String> INPUTS = Map.of("minUnits", "minUnits");
    private static final ParameterizedTypeReference<List<ThresholdRow.Product>> PRODUCTS =
            new ParameterizedTypeReference<>() {
            };
    private static final ParameterizedTypeReference<List<ThresholdRow.Stock>> STOCK =
            new ParameterizedTypeReference<>() {
            };
    private static final ParameterizedTypeReference<List<ThresholdRow.Low>> LOW = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;

    ThresholdsController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/stock/thresholds")
    String list(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String clinicId, Model model) {
        return page(model, user, ClinicPicker.chosen(user, clinicId), null, null, Map.of(), null);
    }

    @PostMapping("/stock/thresholds")
    String set(@AuthenticationPrincipal StaffUser user, @RequestParam(defaultValue = "") String clinicId,
               @RequestParam(defaultValue = "") String productId, @RequestParam(defaultValue = "") String minUnits,
               Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("clinicId", clinicId);
        request.put("productId", productId);
        String typed = minUnits.strip();
        request.put("minUnits", typed.isEmpty() ? null : typed.matches("-?\\d{1,9}") ? Integer.valueOf(typed) : typed);
        try {
            Minimum set = gateway.put("/api/inventory/thresholds", request, Minimum.class, headers -> { }).getBody();
            redirect.addFlashAttribute("done", "The minimum at " + set.clinicId() + " is now " + set.minUnits()
                    + " U" + (set.below() ? ": the stock available is under it." : "; the stock available is above it."));
            redirect.addFlashAttribute("setProduct", set.productId());
            redirect.addFlashAttribute("setUnits", set.minUnits());
        } catch (GatewayProblem e) {
            Problem problem = e.problem();
            response.setStatus(problem.status());
            return page(model, user, ClinicPicker.chosen(user, clinicId), productId, typed,
                    problem.byInput(INPUTS), problem);
        }
        redirect.addAttribute("clinicId", clinicId);
        return "redirect:/stock/thresholds";
    }

    /** @param product the row whose form was refused, with what was typed in it */
    private String page(Model model, StaffUser user, String clinic, String product, String typed,
                        Map<String, String> errors, Problem problem) {
        model.addAttribute("clinic", clinic);
        model.addAttribute("clinics", ClinicPicker.clinics(user));
        model.addAttribute("rows", ThresholdRow.of(gateway.get("/api/inventory/products", PRODUCTS),
                gateway.get("/api/inventory/stock?clinicId={clinic}", STOCK, clinic),
                gateway.get("/api/inventory/reports/low-stock?clinicId={clinic}", LOW, clinic)));
        model.addAttribute("refusedProduct", product);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "thresholds/page";
    }
}
