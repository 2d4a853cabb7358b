package com.clinicchain.staffweb.stock;

import java.util.List;
import java.util.UUID;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.clinicchain.staffweb.gateway.Gateway;
import com.clinicchain.staffweb.layout.ClinicPicker;
import com.clinicchain.staffweb.security.StaffUser;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A clinic's stock per product: on hand, reserved for booked sessions, unusable, available. */
@Controller
class StockController {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StockLine(String clinicId, UUID productId, String brand, int onHandUnits, int reservedUnits,
                     int unusableUnits, int availableUnits, int sealedVials) {
    }

    private static final ParameterizedTypeReference<List<StockLine>> STOCK = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;

    StockController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/stock")
    String stock(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String clinicId,
                 Model model) {
        String clinic = ClinicPicker.chosen(user, clinicId);
        model.addAttribute("clinics", ClinicPicker.clinics(user));
        model.addAttribute("clinicId", clinic);
        model.addAttribute("stock", gateway.get("/api/inventory/stock?clinicId={clinic}", STOCK, clinic));
        return "stock/list";
    }
}
