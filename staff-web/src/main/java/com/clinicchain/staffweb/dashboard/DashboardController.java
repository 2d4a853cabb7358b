package com.clinicchain.staffweb.dashboard;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.clinicchain.staffweb.gateway.Gateway;
import com.clinicchain.staffweb.gateway.Gateway.Bearer;
import com.clinicchain.staffweb.layout.ClinicZones;
import com.clinicchain.staffweb.security.StaffUser;

import jakarta.servlet.http.HttpSession;

/**
 * The manager's stock dashboard across their clinics (admins: the chain), live: the page, its dashboard fragment
 * (what the page fetches again when the stream says the stock changed) and the stream itself.
 */
@Controller
class DashboardController {

    /** The platform's page of lot lines at its largest; more are counted, not listed. */
    private static final int LOTS_PAGE = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private static final ParameterizedTypeReference<List<StockReadings.LowStock>> LOW = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<StockReadings.Page<StockReadings.ExpiringLot>> EXPIRING =
            new ParameterizedTypeReference<>() {
            };
    private static final ParameterizedTypeReference<StockReadings.Page<StockReadings.BlockedLot>> BLOCKED =
            new ParameterizedTypeReference<>() {
            };

    private static final ParameterizedTypeReference<List<StockReadings.Product>> PRODUCTS =
            new ParameterizedTypeReference<>() {
            };

    private final Gateway gateway;
    private final LiveStock live;
    private final StockPoll poll;
    private final ClinicZones zones;
    private final Clock clock;

    DashboardController(Gateway gateway, LiveStock live, StockPoll poll, ClinicZones zones, Clock clock) {
        this.gateway = gateway;
        this.live = live;
        this.poll = poll;
        this.zones = zones;
        this.clock = clock;
    }

    @GetMapping("/stock")
    String page(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String clinicId,
                Model model) {
        fill(user, clinicId, model);
        model.addAttribute("clinics", user.claims().clinicIds());
        return "dashboard/page";
    }

    @GetMapping("/stock/live")
    String fragment(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String clinicId,
                    Model model) {
        fill(user, clinicId, model);
        return "dashboard/live :: live";
    }

    /**
     * The page's stream: events named "changed", "heard" or "unreachable", nothing else. {@code shown} is the
     * fingerprint of the stock the page shows, so that a change while the page was reconnecting is not missed.
     */
    @GetMapping(path = "/stock/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<SseEmitter> events(@AuthenticationPrincipal StaffUser user,
                                      @RequestParam(required = false) String clinicId,
                                      @RequestParam(required = false) String shown, HttpSession session) {
        String clinic = blankToNull(clinicId);
        Bearer bearer = gateway.bearer();
        // read once on the request, so that a clinic the platform refuses is refused here, in the ordinary way
        List<String> clinicsOfToken = user.claims().clinicIds();
        String current = poll.fingerprint(bearer, clinic, clinicsOfToken);
        Instant now = clock.instant();
        SseEmitter emitter = new SseEmitter(Duration.between(now, bearer.expiresAt()).plusSeconds(30).toMillis());
        LiveStock.Listener listener = new LiveStock.Listener() {
            @Override
            public void send(String event) throws IOException {
                emitter.send(SseEmitter.event().name(event).data(event));
            }

            @Override
            public void end() {
                emitter.complete();
            }
        };
        emitter.onCompletion(() -> live.closed(listener));
        emitter.onTimeout(() -> live.closed(listener));
        emitter.onError(e -> live.closed(listener));
        if (!live.open(session.getId(), bearer, clinic, clinicsOfToken, shown, current, listener, now)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        return ResponseEntity.ok().header("Cache-Control", "no-store").header("X-Accel-Buffering", "no")
                .body(emitter);
    }

    private void fill(StaffUser user, String clinicId, Model model) {
        String clinic = blankToNull(clinicId);
        String narrowed = clinic == null ? "" : "?clinicId={clinic}";
        String paged = (clinic == null ? "?" : narrowed + "&") + "size=" + LOTS_PAGE;
        Object[] variables = clinic == null ? new Object[0] : new Object[] {clinic};
        LiveReadings readings = poll.read(null, clinic, user.claims().clinicIds());
        var low = gateway.get("/api/inventory/reports/low-stock" + narrowed, LOW, variables);
        var expiring = gateway.get("/api/inventory/reports/expiring-lots" + paged, EXPIRING, variables);
        var blocked = gateway.get("/api/inventory/reports/blocked-lots" + paged, BLOCKED, variables);
        List<String> clinics = clinic == null ? user.claims().clinicIds() : List.of(clinic);
        model.addAttribute("dashboard", Dashboard.of(clinics, readings, low, expiring, blocked, brandsMissing(readings),
                zoneOfEach()));
        model.addAttribute("clinicId", clinic);
        Instant now = clock.instant();
        model.addAttribute("heardAt", now);
        model.addAttribute("heardAtTime", TIME.format(now.atOffset(ZoneOffset.UTC)) + " UTC");
    }

    /** The catalogue, only when a session waits for a product no stock line names. */
    private Map<UUID, String> brandsMissing(LiveReadings readings) {
        Set<UUID> named = readings.stock().stream().map(StockReadings.StockLine::productId).collect(Collectors.toSet());
        boolean missing = readings.waiting().values().stream().flatMap(page -> page.items().stream())
                .anyMatch(s -> !named.contains(s.productId()));
        if (!missing) {
            return Map.of();
        }
        return gateway.get("/api/inventory/products", PRODUCTS).stream()
                .collect(Collectors.toMap(StockReadings.Product::id, StockReadings.Product::brand, (a, b) -> a));
    }

    /** Asked only for clinics with sessions waiting, once each per render. */
    private Function<String, ZoneId> zoneOfEach() {
        Map<String, ZoneId> known = new HashMap<>();
        return clinicId -> known.computeIfAbsent(clinicId, zones::of);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
