package com.clinicchain.staffweb.treatmentroom;

import java.time.Clock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clinicchain.staffweb.booking.Booking;
import com.clinicchain.staffweb.gateway.Gateway;
import com.clinicchain.staffweb.gateway.GatewayProblem;
import com.clinicchain.staffweb.gateway.Problem;
import com.clinicchain.staffweb.layout.ClinicZones;
import com.clinicchain.staffweb.layout.Words;
import com.clinicchain.staffweb.patients.PatientView;
import com.clinicchain.staffweb.scanning.Gs1;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import jakarta.servlet.http.HttpSession;

/**
 * The treatment room for one session, beside the patient: check in, start, scan or pick a vial, chart each
 * injection, see the warnings, complete. The chart is a draft on the server until the treatment service takes it;
 * every rule is the services', shown here in words.
 */
@Controller
@RequestMapping("/room/sessions/{id}")
class TreatmentRoomController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Session(UUID id, String clinicId, UUID patientId, String practitioner, UUID productId, Instant startsAt,
                   int durationMinutes, int expectedUnits, String status, String stockStatus, boolean consentWithdrawn,
                   List<Planned> areas, List<Warning> warnings, List<Override> overrides, String completedBy,
                   Instant completedAt, List<Given> injections) {

        public boolean open() {
            return "BOOKED".equals(status) || "CHECKED_IN".equals(status) || "IN_PROGRESS".equals(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Planned(String area, int plannedUnits) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Warning(String rule, String message) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Override(String rule, String reason, String givenBy, Instant givenAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Given(String area, int units, UUID vialId, String lotNumber, LocalDate expiryDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record History(List<HistorySession> upcoming, Page past) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(List<HistorySession> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HistorySession(UUID id, List<FollowUp> followUps) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FollowUp(UUID id, String kind, LocalDate dueOn, String status) {
    }

    /** One failed rule of a refused completion, and whether the practitioner may override it with a reason. */
    record Reason(String rule, String title, String message, boolean overridable) {
    }

    /** A row of the plan: the label dose, what was planned and what is charted so far. */
    record PlanRow(String area, Integer labelUnits, Integer plannedUnits, int chartedUnits) {
    }

    private final Gateway gateway;
    private final VialShelf shelf;
    private final Drafts drafts;
    private final ClinicZones zones;
    private final Clock clock;

    TreatmentRoomController(Gateway gateway, VialShelf shelf, Drafts drafts, ClinicZones zones, Clock clock) {
        this.clock = clock;
        this.gateway = gateway;
        this.shelf = shelf;
        this.drafts = drafts;
        this.zones = zones;
    }

    @GetMapping
    String room(@PathVariable UUID id, HttpSession web, Model model) {
        Session session = session(id);
        Draft draft = drafts.of(web, id);
        Instant now = clock.instant();
        ZoneId zone = zones.of(session.clinicId());
        List<VialShelf.Line> lines = session.open() ? shelf.lines(session.clinicId()) : List.of();
        List<Vial> usable = shelf.usable(lines);
        model.addAttribute("W", RoomWords.VIEW);
        model.addAttribute("s", session);
        model.addAttribute("patient", patient(session.patientId()));
        model.addAttribute("startsAt", TIME.format(session.startsAt().atZone(zone)));
        model.addAttribute("zone", zone);
        model.addAttribute("draft", draft);
        model.addAttribute("plan", plan(session, draft));
        model.addAttribute("areas", Booking.AREAS.keySet());
        model.addAttribute("injectable", usable.stream().filter(Vial::injectable).toList());
        model.addAttribute("sealed", usable.stream().filter(Vial::sealed).toList());
        model.addAttribute("vialLots", vialLots(usable, draft, lines));
        model.addAttribute("now", now);
        model.addAttribute("overridable", overridable(session, model));
        if ("COMPLETED".equals(session.status())) {
            model.addAttribute("followUps", followUps(session));
        }
        return "treatmentroom/room";
    }

    @PostMapping("/{step:check-in|start}")
    String step(@PathVariable UUID id, @PathVariable String step, RedirectAttributes redirect) {
        try {
            gateway.post("/api/sessions/{id}/{step}", Map.of(), Map.class, headers -> { }, id, step);
            redirect.addFlashAttribute("done", step.equals("start") ? "Treatment started." : "Checked in.");
        } catch (GatewayProblem e) {
            redirect.addFlashAttribute("refused", e.problem().inWords());
        }
        return back(id);
    }

    /** A keyboard-wedge scanner types the carton's code and Enter: the vial of that carton, or why none. */
    @PostMapping("/scan")
    String scan(@PathVariable UUID id, @RequestParam(defaultValue = "") String code, HttpSession web,
                RedirectAttributes redirect) {
        Session session = session(id);
        VialChoice choice;
        try {
            choice = choose(session, Gs1.parse(code));
        } catch (Gs1.Unreadable e) {
            choice = VialChoice.refused("The code could not be read: " + e.getMessage() + ".");
        }
        if (choice.vialId() != null) {
            UUID vial = choice.vialId();
            drafts.change(web, id, draft -> draft.holding(vial));
        }
        redirect.addFlashAttribute("scan", choice);
        return back(id);
    }

    VialChoice choose(Session session, Gs1 scan) {
        Optional<UUID> product = shelf.products().stream().filter(p -> scan.gtin().equals(p.gtin()))
                .map(VialShelf.Product::id).findFirst();
        if (product.isEmpty()) {
            return VialChoice.of(scan, product, session.clinicId(), List.of(), null, null, null);
        }
        List<VialShelf.Line> ofLot = shelf.lines(session.clinicId()).stream()
                .filter(line -> line.productId().equals(product.get()) && line.lotNumber() != null
                        && line.lotNumber().strip().equalsIgnoreCase(scan.lot()))
                .toList();
        ZoneId zone = zones.of(session.clinicId());
        return VialChoice.of(scan, product, session.clinicId(), shelf.details(ofLot),
                shelf.lot(scan.lot(), product.get()), LocalDate.now(clock.withZone(zone)), clock.instant());
    }

    @PostMapping("/vial")
    String hold(@PathVariable UUID id, @RequestParam UUID vialId, HttpSession web) {
        drafts.change(web, id, draft -> draft.holding(vialId));
        return back(id);
    }

    @PostMapping("/injections")
    String chart(@PathVariable UUID id, @RequestParam(defaultValue = "") String area,
                 @RequestParam(defaultValue = "") String units, @RequestParam(defaultValue = "") String points,
                 @RequestParam(required = false) UUID vialId, HttpSession web, RedirectAttributes redirect) {
        List<String> wrong = new ArrayList<>();
        if (!Booking.AREAS.containsKey(area)) {
            wrong.add("Choose the area");
        }
        if (!units.strip().matches("\\d{1,3}") || Integer.parseInt(units.strip()) < 1
                || Integer.parseInt(units.strip()) > 200) {
            wrong.add("Units must be a whole number from 1 to 200");
        }
        if (!points.isBlank() && (!points.strip().matches("\\d{1,2}") || Integer.parseInt(points.strip()) < 1)) {
            wrong.add("Injection points must be a whole number from 1 to 99");
        }
        if (vialId == null) {
            wrong.add("Choose the vial (scan its carton or pick it)");
        }
        if (!wrong.isEmpty()) {
            redirect.addFlashAttribute("chartError", String.join("; ", wrong) + ".");
            return back(id);
        }
        Draft.Charted injection = new Draft.Charted(area, Integer.parseInt(units.strip()),
                points.isBlank() ? null : Integer.valueOf(points.strip()), vialId);
        drafts.change(web, id, draft -> draft.with(injection).holding(vialId));
        redirect.addFlashAttribute("done", "Charted " + injection.units() + " U, " + Words.sentence(area) + ".");
        return back(id);
    }

    @PostMapping("/injections/{index}/remove")
    String unchart(@PathVariable UUID id, @PathVariable int index, HttpSession web) {
        drafts.change(web, id, draft -> draft.without(index));
        return back(id);
    }

    @PostMapping("/complete")
    String complete(@PathVariable UUID id, @RequestParam Map<String, String> form, HttpSession web,
                    RedirectAttributes redirect) {
        Map<String, String> reasons = new LinkedHashMap<>();
        RoomWords.OVERRIDABLE.forEach(rule -> {
            if (form.containsKey("override." + rule)) {
                reasons.put(rule, form.get("override." + rule));
            }
        });
        Draft draft = drafts.change(web, id, d -> d.overriding(reasons));
        if (draft.injections().isEmpty()) {
            redirect.addFlashAttribute("refused", "Chart at least one injection before completing.");
            return back(id);
        }
        try {
            gateway.post("/api/sessions/{id}/complete", draft.completion(), Map.class, headers -> { }, id);
            drafts.forget(web, id);
            redirect.addFlashAttribute("done", "Session completed.");
        } catch (GatewayProblem e) {
            Problem problem = e.problem();
            List<Reason> failed = reasons(problem);
            if (failed.isEmpty()) {
                redirect.addFlashAttribute("refused", problem.inWords());
            } else {
                redirect.addFlashAttribute("refused", "The session may not be completed yet:");
                redirect.addFlashAttribute("reasons", failed);
            }
        }
        return back(id);
    }

    @PostMapping("/vials/{vialId}/reconstitute")
    String reconstitute(@PathVariable UUID id, @PathVariable UUID vialId,
                        @RequestParam(defaultValue = "") String salineMl, HttpSession web,
                        RedirectAttributes redirect) {
        Object saline;
        try {
            saline = new BigDecimal(salineMl.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            saline = salineMl;
        }
        try {
            var answer = gateway.post("/api/inventory/vials/{vial}/reconstitute", Map.of("salineMl", saline),
                    Vial.class, headers -> { }, vialId).getBody();
            drafts.change(web, id, draft -> draft.holding(vialId));
            redirect.addFlashAttribute("done", "Vial of lot " + answer.lotNumber() + " reconstituted: "
                    + answer.unitsPerTenthMl().stripTrailingZeros().toPlainString() + " U per 0.1 mL, usable for 24 h.");
        } catch (GatewayProblem e) {
            redirect.addFlashAttribute("refused", "Not reconstituted: " + e.problem().inWords());
        }
        return back(id);
    }

    @PostMapping("/vials/{vialId}/discard")
    String discard(@PathVariable UUID id, @PathVariable UUID vialId, @RequestParam(defaultValue = "") String reason,
                   @RequestParam(defaultValue = "") String note, HttpSession web, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason.isBlank() ? null : reason);
        body.put("note", note.isBlank() ? null : note.strip());
        try {
            gateway.post("/api/inventory/vials/{vial}/discard", body, Map.class, headers -> { }, vialId);
            drafts.change(web, id, draft -> vialId.equals(draft.vialId()) ? draft.holding(null) : draft);
            redirect.addFlashAttribute("done", "Vial discarded (" + Words.sentence(reason) + ").");
        } catch (GatewayProblem e) {
            redirect.addFlashAttribute("refused", "Not discarded: " + e.problem().inWords());
        }
        return back(id);
    }

    private static String back(UUID id) {
        return "redirect:/room/sessions/" + id;
    }

    private Session session(UUID id) {
        return gateway.get("/api/sessions/{id}", Session.class, id);
    }

    private PatientView patient(UUID id) {
        try {
            return gateway.get("/api/patients/{id}", PatientView.class, id);
        } catch (GatewayProblem e) {
            return null;
        }
    }

    private static List<PlanRow> plan(Session session, Draft draft) {
        Map<String, Integer> charted = draft.unitsPerArea();
        List<PlanRow> rows = new ArrayList<>();
        Set<String> planned = new LinkedHashSet<>();
        session.areas().forEach(a -> {
            planned.add(a.area());
            rows.add(new PlanRow(a.area(), Booking.AREAS.get(a.area()), a.plannedUnits(),
                    charted.getOrDefault(a.area(), 0)));
        });
        charted.forEach((area, units) -> {
            if (!planned.contains(area)) {
                rows.add(new PlanRow(area, Booking.AREAS.get(area), null, units));
            }
        });
        return rows;
    }

    /** Lot and units left per vial id, for the chart's lines and the vial in hand. */
    private static Map<UUID, String> vialLots(List<Vial> usable, Draft draft, List<VialShelf.Line> lines) {
        Map<UUID, String> lots = new LinkedHashMap<>();
        lines.forEach(line -> lots.put(line.id(), line.lotNumber()));
        usable.forEach(vial -> lots.put(vial.id(), vial.lotNumber()));
        return lots;
    }

    /** The overridable rules the session's warnings or the last refusal name: each gets a reason box. */
    @SuppressWarnings("unchecked")
    private static Set<String> overridable(Session session, Model model) {
        Set<String> rules = new LinkedHashSet<>();
        session.warnings().stream().map(Warning::rule).filter(RoomWords::overridable).forEach(rules::add);
        if (model.getAttribute("reasons") instanceof List<?> reasons) {
            ((List<Reason>) reasons).stream().filter(Reason::overridable).map(Reason::rule).forEach(rules::add);
        }
        return rules;
    }

    static List<Reason> reasons(Problem problem) {
        if (!(problem.properties().get("reasons") instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Map.class::isInstance).map(Map.class::cast).map(reason -> {
            String rule = String.valueOf(reason.get("rule"));
            return new Reason(rule, RoomWords.title(rule), RoomWords.reason(rule, String.valueOf(reason.get("message"))),
                    RoomWords.overridable(rule));
        }).toList();
    }

    private List<FollowUp> followUps(Session session) {
        History history = gateway.get("/api/sessions/history?patientId={patient}", History.class, session.patientId());
        return history.past().items().stream().filter(s -> s.id().equals(session.id())).findFirst()
                .map(HistorySession::followUps).orElse(List.of());
    }
}
