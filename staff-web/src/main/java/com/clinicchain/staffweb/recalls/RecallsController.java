package com.clinicchain.staffweb.recalls;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import com.clinicchain.staffweb.csv.Csv;
import com.clinicchain.staffweb.gateway.Gateway;
import com.clinicchain.staffweb.gateway.GatewayProblem;
import com.clinicchain.staffweb.patients.PatientDirectory;
import com.clinicchain.staffweb.patients.PatientView;
import com.clinicchain.staffweb.recalls.ExposedRow.Contact;
import com.clinicchain.staffweb.recalls.ExposedRow.Exposure;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The admin's recall of a manufacturer's lot: find it by number, see where its vials are, recall it chain-wide with a
 * typed confirmation and a reason (inventory's {@code POST /api/inventory/lots/{id}/recall}), then work through the
 * exposed patients (the treatment service's trace) and the recall-contact follow-ups it opens for them; the same rows
 * as a CSV for the regulator.
 */
@Controller
class RecallsController {

    /** Pages of a trace read at most (of 100 sessions each): a lot given to more patients is said to be cut short. */
    static final int MAX_TRACE_PAGES = 20;
    /** Pages of a patient's history read at most to find their exposed sessions' follow-ups (100 sessions each). */
    static final int MAX_HISTORY_PAGES = 5;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HeldLot(UUID lotId, String clinicId, UUID productId, String brand, String lotNumber, LocalDate expiryDate,
                   String status, String statusReason, int vials, int sealedVials, int quarantinedVials,
                   int unitsLeft) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HeldLots(List<HeldLot> items, long totalItems) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Fridge(UUID id, String name, List<UUID> lotIds) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Trace(List<Exposure> items, int page, int size, long totalItems) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HistorySession(UUID id, List<Contact> followUps) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HistoryPage(List<HistorySession> items, int page, int size, long totalItems) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record History(List<HistorySession> upcoming, HistoryPage past) {
    }

    record Exposed(List<ExposedRow> rows, long traced, boolean cutShort) {
    }

    private final Gateway gateway;
    private final PatientDirectory directory;
    private final Clock clock;

    RecallsController(Gateway gateway, PatientDirectory directory, Clock clock) {
        this.gateway = gateway;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/admin/recalls")
    String page(@RequestParam(required = false) String lotNumber, @RequestParam(required = false) Long recalledAt,
                Model model) {
        if (lotNumber == null || lotNumber.isBlank()) {
            return "admin/recalls";
        }
        String lot = LotNumber.normalised(lotNumber);
        model.addAttribute("lotNumber", lot);
        List<LotLocation> locations = locations(lot);
        model.addAttribute("locations", locations);
        model.addAttribute("recallable", locations.stream().anyMatch(location -> !location.recalled()));
        exposed(lot, recalledAt, model);
        return "admin/recalls";
    }

    /** The exposed patients alone, for the page's bounded wait for the follow-ups after a recall (htmx). */
    @GetMapping("/admin/recalls/exposed")
    String exposedFragment(@RequestParam String lotNumber, @RequestParam(required = false) Long recalledAt,
                           Model model) {
        String lot = LotNumber.normalised(lotNumber);
        model.addAttribute("lotNumber", lot);
        exposed(lot, recalledAt, model);
        return "admin/recalls :: exposed";
    }

    @GetMapping("/admin/recalls/exposed.csv")
    ResponseEntity<byte[]> csv(@RequestParam String lotNumber) {
        String lot = LotNumber.normalised(lotNumber);
        Exposed exposed = exposedRows(lot);
        String csv = Csv.document(ExposedRow.HEADERS, exposed.rows().stream().map(ExposedRow::cells).toList());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(Csv.fileName("recall-" + lot + "-exposed-patients")).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/admin/recalls")
    String recall(@RequestParam String lotNumber, @RequestParam(required = false) String confirmation,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        if (lotNumber.isBlank()) {
            redirect.addFlashAttribute("recallProblem", "Find the lot to recall by its number first.");
            return "redirect:/admin/recalls";
        }
        String lot = LotNumber.normalised(lotNumber);
        redirect.addAttribute("lotNumber", lot);
        TypedConfirmation.Decision decision = TypedConfirmation.check(lot, confirmation, "the lot number");
        if (!decision.confirmed()) {
            redirect.addFlashAttribute("recallProblem", decision.message());
            redirect.addFlashAttribute("reason", reason);
            return "redirect:/admin/recalls";
        }
        Set<UUID> lotIds = new LinkedHashSet<>();
        locations(lot).stream().filter(location -> !location.recalled()).forEach(l -> lotIds.add(l.lotId()));
        if (lotIds.isEmpty()) {
            redirect.addFlashAttribute("recallProblem", "No clinic holds a lot numbered " + lot + " that is not recalled.");
            return "redirect:/admin/recalls";
        }
        try {
            for (UUID lotId : lotIds) {
                gateway.post("/api/inventory/lots/{id}/recall", Map.of("reason", reason == null ? "" : reason),
                        Map.class, headers -> { }, lotId);
            }
        } catch (GatewayProblem e) {
            // inventory names the reason when it is blank or too long; the form shows it again with what was typed
            redirect.addFlashAttribute("recallProblem", e.problem().inWords());
            redirect.addFlashAttribute("reason", reason);
            return "redirect:/admin/recalls";
        }
        redirect.addFlashAttribute("recallMessage", "Lot " + lot + " is recalled at every clinic of the chain.");
        redirect.addAttribute("recalledAt", clock.millis());
        return "redirect:/admin/recalls";
    }

    /** The recall-contact follow-up marked done: the patient was reached (the note says how). */
    @PostMapping("/admin/recalls/follow-ups/{id}/contacted")
    String contacted(@PathVariable UUID id, @RequestParam String lotNumber, @RequestParam(required = false) String note,
                     RedirectAttributes redirect) {
        String lot = LotNumber.normalised(lotNumber);
        String said = note == null || note.isBlank() ? "Contacted about the recall of lot " + lot : note.strip();
        try {
            gateway.post("/api/follow-ups/{id}/done", Map.of("note", said), Map.class, headers -> { }, id);
            redirect.addFlashAttribute("contactMessage", "Marked contacted.");
        } catch (GatewayProblem e) {
            redirect.addFlashAttribute("contactProblem", e.problem().inWords());
        }
        redirect.addAttribute("lotNumber", lot);
        return "redirect:/admin/recalls";
    }

    private void exposed(String lot, Long recalledAt, Model model) {
        Exposed exposed = exposedRows(lot);
        model.addAttribute("headers", ExposedRow.HEADERS);
        model.addAttribute("exposed", exposed);
        FollowUpWait.Next next = FollowUpWait.next(exposed.rows(),
                recalledAt == null ? null : Instant.ofEpochMilli(recalledAt), clock.instant());
        model.addAttribute("wait", next.name());
        model.addAttribute("recalledAt", recalledAt);
        model.addAttribute("pollSeconds", FollowUpWait.EVERY.toSeconds());
    }

    private List<LotLocation> locations(String lot) {
        List<HeldLot> held = gateway.get("/api/inventory/lots?lotNumber={lot}&size=100", HeldLots.class,
                Map.of("lot", lot)).items();
        Map<String, List<Fridge>> fridges = new HashMap<>();
        List<LotLocation> locations = new ArrayList<>();
        for (HeldLot line : held) {
            List<Fridge> atClinic = fridges.computeIfAbsent(line.clinicId(), clinic -> List.of(gateway.get(
                    "/api/inventory/fridges?clinicId={clinic}", Fridge[].class, clinic)));
            List<String> names = atClinic.stream()
                    .filter(fridge -> fridge.lotIds() != null && fridge.lotIds().contains(line.lotId()))
                    .map(Fridge::name).toList();
            locations.add(new LotLocation(line.lotId(), line.clinicId(), line.brand(), line.lotNumber(),
                    line.expiryDate(), line.status(), line.statusReason(), line.vials(), line.sealedVials(),
                    line.quarantinedVials(), line.unitsLeft(), names));
        }
        return locations;
    }

    private Exposed exposedRows(String lot) {
        List<Exposure> exposures = new ArrayList<>();
        long total = 0;
        int page = 0;
        do {
            Trace trace = gateway.get("/api/sessions/recalls/{lot}/patients?page={page}&size=100", Trace.class,
                    Map.of("lot", lot, "page", page));
            exposures.addAll(trace.items());
            total = trace.totalItems();
            page++;
        } while (exposures.size() < total && page < MAX_TRACE_PAGES);
        Map<UUID, PatientView> patients = Map.of();
        if (!exposures.isEmpty()) {
            patients = directory.byId(exposures.stream().map(Exposure::patientId).toList());
        }
        return new Exposed(ExposedRow.of(exposures, patients, contacts(exposures)), total, exposures.size() < total);
    }

    /** The follow-ups of the exposed sessions, from each patient's history (it lists them per session). */
    private List<Contact> contacts(List<Exposure> exposures) {
        Map<UUID, Set<UUID>> sessionsOf = new LinkedHashMap<>();
        exposures.forEach(e -> sessionsOf.computeIfAbsent(e.patientId(), p -> new HashSet<>()).add(e.sessionId()));
        List<Contact> contacts = new ArrayList<>();
        sessionsOf.forEach((patientId, sessions) -> {
            Set<UUID> missing = new HashSet<>(sessions);
            int page = 0;
            long total;
            do {
                History history = gateway.get("/api/sessions/history?patientId={id}&page={page}&size=100",
                        History.class, Map.of("id", patientId, "page", page));
                for (HistorySession session : history.past().items()) {
                    if (missing.remove(session.id()) && session.followUps() != null) {
                        contacts.addAll(session.followUps());
                    }
                }
                total = history.past().totalItems();
                page++;
            } while (!missing.isEmpty() && (long) page * 100 < total && page < MAX_HISTORY_PAGES);
        });
        return contacts;
    }
}
