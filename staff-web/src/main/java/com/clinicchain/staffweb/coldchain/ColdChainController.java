package com.clinicchain.staffweb.coldchain;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clinicchain.staffweb.coldchain.ColdChainReadings.Fridge;
import com.clinicchain.staffweb.coldchain.ColdChainReadings.Page;
import com.clinicchain.staffweb.coldchain.ColdChainReadings.Reading;
import com.clinicchain.staffweb.coldchain.ColdChainReadings.Vial;
import com.clinicchain.staffweb.gateway.Gateway;
import com.clinicchain.staffweb.layout.FieldProblem;
import com.clinicchain.staffweb.gateway.GatewayProblem;
import com.clinicchain.staffweb.gateway.Problem;
import com.clinicchain.staffweb.security.StaffUser;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The manager's cold chain across their clinics: every fridge with its newest reading, its age and state, a chart of
 * its readings (fetched as JSON by the page's script), and the vials an excursion quarantined, to release or discard
 * with a reason. Live by a bounded poll: the page asks for its fragment every {@code POLL_SECONDS} while it is
 * visible and nobody is typing a reason in it (js/cold-chain.js).
 */
@Controller
class ColdChainController {

    /** The platform's page at its largest; more quarantined vials than that at one clinic are counted. */
    private static final int VIALS_PAGE = 100;
    private static final List<String> DISCARD_REASONS = List.of("OTHER", "CONTAMINATED", "DROPPED", "EXPIRED");

    private static final ParameterizedTypeReference<List<Fridge>> FRIDGES = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Page<Reading>> READINGS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Page<Vial>> VIALS = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;
    private final ColdChainProperties properties;
    private final Clock clock;

    ColdChainController(Gateway gateway, ColdChainProperties properties, Clock clock) {
        this.gateway = gateway;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/stock/cold-chain")
    String page(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String clinicId,
                Model model) {
        fill(user, clinicId, model);
        model.addAttribute("clinics", user.claims().clinicIds());
        return "coldchain/page";
    }

    @GetMapping("/stock/cold-chain/live")
    String live(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String clinicId,
                Model model) {
        fill(user, clinicId, model);
        return "coldchain/live :: live";
    }

    /** The chart's points; the fridge must be of one of the person's clinics (inventory refuses others). */
    @GetMapping("/stock/cold-chain/fridges/{id}/readings")
    @ResponseBody
    ResponseEntity<?> readings(@PathVariable UUID id, @RequestParam(required = false) String range) {
        Optional<ReadingRange> parsed = ReadingRange.parse(range);
        if (parsed.isEmpty()) {
            return FieldProblem.invalid("range", "must be 24h or 7d");
        }
        Instant now = clock.instant();
        Instant from = parsed.get().from(now);
        try {
            Page<Reading> page = gateway.get("/api/inventory/fridges/{id}/readings?from={from}&to={to}&size={size}",
                    READINGS, id, from.toString(), now.toString(), ChartData.MAX_POINTS);
            return ResponseEntity.ok().header("Cache-Control", "no-store")
                    .body(ChartData.of(id, parsed.get(), from, now, page.items(), page.totalItems()));
        } catch (GatewayProblem e) {
            ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.problem().status()),
                    e.problem().inWords());
            return ResponseEntity.status(e.problem().status()).body(detail);
        }
    }

    @PostMapping("/stock/cold-chain/vials/{id}/release")
    String release(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id,
                   @RequestParam(defaultValue = "") String reason, @RequestParam(required = false) String clinicId,
                   @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, Object> body = Map.of("reason", reason.strip());
        return act(user, id, "release", body, "Released: the vial may be used again.", clinicId, htmx, model,
                redirect, response);
    }

    @PostMapping("/stock/cold-chain/vials/{id}/discard")
    String discard(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id,
                   @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String note,
                   @RequestParam(required = false) String clinicId,
                   @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason.isBlank() ? null : reason);
        body.put("note", note.strip());
        return act(user, id, "discard", body, "Discarded.", clinicId, htmx, model, redirect, response);
    }

    private String act(StaffUser user, UUID id, String action, Map<String, Object> body, String done,
                       String clinicId, String htmx, Model model, RedirectAttributes redirect,
                       HttpServletResponse response) {
        Problem problem = null;
        try {
            gateway.post("/api/inventory/vials/{id}/" + action, body, Map.class, headers -> { }, id);
        } catch (GatewayProblem e) {
            problem = e.problem();
            response.setStatus(problem.status());
        }
        if (htmx == null && problem == null) {
            redirect.addFlashAttribute("done", done);
            if (clinicId != null && !clinicId.isBlank()) {
                redirect.addAttribute("clinicId", clinicId);
            }
            return "redirect:/stock/cold-chain";
        }
        model.addAttribute("done", problem == null ? done : null);
        model.addAttribute("problem", problem);
        model.addAttribute("refusedVial", problem == null ? null : id);
        fill(user, clinicId, model);
        if (htmx == null) {
            model.addAttribute("clinics", user.claims().clinicIds());
            return "coldchain/page";
        }
        return "coldchain/live :: live";
    }

    private void fill(StaffUser user, String clinicId, Model model) {
        String clinic = clinicId == null || clinicId.isBlank() ? null : clinicId;
        List<String> clinics = clinic == null ? user.claims().clinicIds() : List.of(clinic);
        Map<String, List<Fridge>> fridges = new LinkedHashMap<>();
        Map<UUID, Optional<Reading>> newest = new LinkedHashMap<>();
        Map<String, Page<Vial>> quarantined = new LinkedHashMap<>();
        for (String id : clinics) {
            List<Fridge> ofClinic = gateway.get("/api/inventory/fridges?clinicId={clinic}", FRIDGES, id);
            fridges.put(id, ofClinic);
            for (Fridge fridge : ofClinic) {
                newest.put(fridge.id(), gateway.get("/api/inventory/fridges/{id}/readings?size=1", READINGS,
                        fridge.id()).items().stream().findFirst());
            }
            quarantined.put(id, gateway.get("/api/inventory/vials?clinicId={clinic}&status=QUARANTINED&size={size}",
                    VIALS, id, VIALS_PAGE));
        }
        model.addAttribute("coldChain", ColdChainView.of(clinics, fridges, newest, quarantined, clock.instant(),
                properties.silentAfter()));
        model.addAttribute("clinicId", clinic);
        model.addAttribute("discardReasons", DISCARD_REASONS);
    }
}
