package com.clinicchain.staffweb.transfers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clinicchain.staffweb.gateway.Gateway;
import com.clinicchain.staffweb.gateway.GatewayProblem;
import com.clinicchain.staffweb.gateway.Problem;
import com.clinicchain.staffweb.layout.ClinicPicker;
import com.clinicchain.staffweb.layout.ClinicZones;
import com.clinicchain.staffweb.security.StaffUser;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Sealed vials sent from one of the manager's clinics to another: request, dispatch, receive or cancel, and the boxes
 * requested or on the road between which clinics since when. Every step carries an Idempotency-Key.
 */
@Controller
class TransfersController {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Product(UUID id, String brand) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HeldLot(UUID lotId, String brand, String lotNumber, LocalDate expiryDate, String status, int sealedVials) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page<T>(List<T> items, long totalItems) {
    }

    /** What the request form holds, as typed. */
    record Request(String fromClinicId, String toClinicId, String lotId, String vials) {
    }

    /** The service's field names, each the id of the input that shows its message. */
    private static final Map<String, String> INPUTS = Map.of("fromClinicId", "fromClinicId",
            "toClinicId", "toClinicId", "vialIds", "vials");
    private static final ParameterizedTypeReference<List<Product>> PRODUCTS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Page<HeldLot>> LOTS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Page<TransferLine.Transfer>> TRANSFERS =
            new ParameterizedTypeReference<>() {
            };
    private static final ParameterizedTypeReference<Page<VialPick.Vial>> VIALS = new ParameterizedTypeReference<>() {
    };
    /** Inventory's largest page; a shelf is read up to ten of them, soonest expiry first. */
    private static final int PAGE = 100;
    private static final int PAGES = 10;

    private final Gateway gateway;
    private final ClinicZones zones;
    private final Clock clock;

    TransfersController(Gateway gateway, ClinicZones zones, Clock clock) {
        this.gateway = gateway;
        this.zones = zones;
        this.clock = clock;
    }

    @GetMapping("/stock/transfers")
    String list(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String clinicId, Model model) {
        String from = ClinicPicker.chosen(user, clinicId);
        return page(model, user, new Request(from, null, null, "1"), UUID.randomUUID().toString(), Map.of(), null);
    }

    @PostMapping("/stock/transfers")
    String request(@AuthenticationPrincipal StaffUser user, @RequestParam Map<String, String> form, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        Request request = new Request(form.get("fromClinicId"), form.get("toClinicId"), form.get("lotId"),
                form.get("vials"));
        String key = key(form);
        UUID lot = lot(request.lotId());
        VialPick pick = VialPick.of(shelf(request.fromClinicId(), lot), lot, request.vials());
        if (pick.refused()) {
            response.setStatus(422);
            return page(model, user, request, key, Map.of("vials", pick.refusal()), null);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("fromClinicId", request.fromClinicId());
        body.put("toClinicId", request.toClinicId());
        body.put("vialIds", pick.vialIds());
        try {
            gateway.post("/api/inventory/transfers", body, Map.class, headers -> headers.set("Idempotency-Key", key));
        } catch (GatewayProblem e) {
            Problem problem = e.problem();
            response.setStatus(problem.status());
            return page(model, user, request, key, problem.byInput(INPUTS), problem);
        }
        redirect.addFlashAttribute("done", "Requested: " + pick.vialIds().size() + " sealed vials from "
                + request.fromClinicId() + " to " + request.toClinicId() + ". Dispatch them when the box leaves.");
        redirect.addAttribute("clinicId", request.fromClinicId());
        return "redirect:/stock/transfers";
    }

    @PostMapping("/stock/transfers/{id}/{step:dispatch|receive|cancel}")
    String step(@PathVariable UUID id, @PathVariable String step, @RequestParam Map<String, String> form,
                RedirectAttributes redirect) {
        Map<String, Object> body = step.equals("cancel") ? Map.of("reason", form.getOrDefault("reason", "")) : Map.of();
        try {
            gateway.post("/api/inventory/transfers/{id}/{step}", body, Map.class,
                    headers -> headers.set("Idempotency-Key", key(form)), id, step);
            redirect.addFlashAttribute("done", switch (step) {
                case "dispatch" -> "Dispatched: the box is on the road.";
                case "receive" -> "Received: the vials are on this clinic's shelf.";
                default -> "Cancelled.";
            });
        } catch (GatewayProblem e) {
            redirect.addFlashAttribute("refused", e.problem().inWords());
            redirect.addFlashAttribute("refusedTransfer", id);
        }
        if (form.get("clinicId") != null) {
            redirect.addAttribute("clinicId", form.get("clinicId"));
        }
        return "redirect:/stock/transfers";
    }

    private String page(Model model, StaffUser user, Request request, String key, Map<String, String> errors,
                        Problem problem) {
        String from = ClinicPicker.chosen(user, request.fromClinicId());
        List<String> clinics = ClinicPicker.clinics(user);
        Map<UUID, String> brands = new HashMap<>();
        gateway.get("/api/inventory/products", PRODUCTS).forEach(p -> brands.put(p.id(), p.brand()));
        model.addAttribute("request", request);
        model.addAttribute("from", from);
        model.addAttribute("clinics", clinics);
        model.addAttribute("destinations", clinics.stream().filter(c -> !c.equals(from)).toList());
        model.addAttribute("lots", gateway.get("/api/inventory/lots?clinicId={clinic}&size=100", LOTS, from).items()
                .stream().filter(lot -> lot.sealedVials() > 0 && "USABLE".equals(lot.status())).toList());
        model.addAttribute("idempotencyKey", key);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("inTransit", lines(user, "IN_TRANSIT", brands));
        model.addAttribute("requested", lines(user, "REQUESTED", brands));
        return "transfers/page";
    }

    /** Every transfer of that status leaving or reaching the person's clinics, oldest first. */
    private List<TransferLine> lines(StaffUser user, String status, Map<UUID, String> brands) {
        Map<String, ZoneId> zoneOf = new HashMap<>();
        boolean admin = user.claims().has("admin");
        return gateway.get("/api/inventory/transfers?status={status}&size=100", TRANSFERS, status).items().stream()
                .map(t -> TransferLine.of(t, brands.getOrDefault(t.productId(), "?"),
                        zoneOf.computeIfAbsent(t.fromClinicId(), zones::of), clock.instant(),
                        ClinicPicker.clinics(user), admin))
                .toList();
    }

    /** The vials at the clinic, read until the lot's have all been seen (inventory lists them lot by lot). */
    private List<VialPick.Vial> shelf(String clinicId, UUID lot) {
        List<VialPick.Vial> vials = new ArrayList<>();
        if (clinicId == null || lot == null) {
            return vials;
        }
        for (int page = 0; page < PAGES; page++) {
            Page<VialPick.Vial> answer = gateway.get("/api/inventory/vials?clinicId={clinic}&page={page}&size={size}",
                    VIALS, clinicId, page, PAGE);
            vials.addAll(answer.items());
            boolean pastTheLot = vials.stream().anyMatch(v -> lot.equals(v.lotId()))
                    && !lot.equals(vials.get(vials.size() - 1).lotId());
            if (pastTheLot || vials.size() >= answer.totalItems() || answer.items().isEmpty()) {
                break;
            }
        }
        return vials;
    }

    private static UUID lot(String lotId) {
        try {
            return lotId == null || lotId.isBlank() ? null : UUID.fromString(lotId.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String key(Map<String, String> form) {
        String key = form.get("idempotencyKey");
        return key == null || key.isBlank() ? UUID.randomUUID().toString() : key;
    }
}
