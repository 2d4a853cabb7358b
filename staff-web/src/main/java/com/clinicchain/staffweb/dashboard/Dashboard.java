package com.clinicchain.staffweb.dashboard;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.clinicchain.staffweb.dashboard.StockReadings.BlockedLot;
import com.clinicchain.staffweb.dashboard.StockReadings.ExpiringLot;
import com.clinicchain.staffweb.dashboard.StockReadings.LowStock;
import com.clinicchain.staffweb.dashboard.StockReadings.StockLine;
import com.clinicchain.staffweb.dashboard.StockReadings.WaitingSession;

/**
 * The manager's stock across their clinics, clinic by clinic: the stock per product with the lines under the clinic's
 * minimum marked, the lots expiring within the warning window, the blocked lots with why, the count of quarantined
 * vials, the open sessions waiting for stock. Only what the platform
 * answered for the person's token is shown: a clinic appears if the token names it or the platform answered for it.
 *
 * @param expiringLeftOut expiring lot lines beyond the first page the platform gave (0 when all are shown)
 * @param blockedLeftOut  blocked lot lines beyond the first page
 */
record Dashboard(List<Clinic> clinics, String fingerprint, long expiringLeftOut, long blockedLeftOut) {

    /** One product's stock at one clinic; {@code minUnits} only when available units are under the minimum. */
    record Line(UUID productId, String brand, int onHandUnits, int reservedUnits, int unusableUnits,
                int availableUnits, int sealedVials, Integer minUnits) {

        public boolean below() {
            return minUnits != null;
        }
    }

    /** An open session at the clinic that inventory could not reserve stock for; its start in the clinic's time. */
    record Waiting(UUID sessionId, String brand, String practitioner, Instant startsAt, String startsAtLocal,
                   int expectedUnits, String status) {
    }

    /**
     * @param waitingLeftOut     waiting sessions beyond the page the treatment service gave
     * @param quarantinedVials   vials a fridge excursion quarantined, still on the shelf
     */
    record Clinic(String clinicId, List<Line> stock, List<ExpiringLot> expiring, List<BlockedLot> blocked,
                  List<Waiting> waiting, long waitingLeftOut, long quarantinedVials) {

        public boolean empty() {
            return stock.isEmpty() && expiring.isEmpty() && blocked.isEmpty() && waiting.isEmpty()
                    && quarantinedVials == 0;
        }
    }

    /**
     * @param clinicsOfToken the clinics the dashboard is for (the token's, or the one asked for); the platform's lines
     *                       of other clinics are shown as well only because the platform chose to answer them (an
     *                       admin sees the chain)
     */
    static Dashboard of(List<String> clinicsOfToken, List<StockLine> stock, List<LowStock> low,
                        StockReadings.Page<ExpiringLot> expiring, StockReadings.Page<BlockedLot> blocked) {
        return of(clinicsOfToken, new LiveReadings(stock, Map.of(), Map.of()), low, expiring, blocked, Map.of(),
                clinic -> ZoneOffset.UTC);
    }

    /**
     * @param brands the catalogue's names of products the stock lines do not name (a clinic waiting for a product it
     *               holds none of)
     * @param zones  each clinic's time zone, for a waiting session's start
     */
    static Dashboard of(List<String> clinicsOfToken, LiveReadings readings, List<LowStock> low,
                        StockReadings.Page<ExpiringLot> expiring, StockReadings.Page<BlockedLot> blocked,
                        Map<UUID, String> brands, Function<String, ZoneId> zones) {
        List<StockLine> stock = readings.stock();
        Map<UUID, String> brandOf = new HashMap<>(brands);
        stock.forEach(line -> brandOf.put(line.productId(), line.brand()));
        Map<String, LowStock> under = low.stream().collect(Collectors.toMap(line -> key(line.clinicId(),
                line.productId()), Function.identity(), (a, b) -> a));
        TreeSet<String> clinicIds = new TreeSet<>(clinicsOfToken);
        stock.forEach(line -> clinicIds.add(line.clinicId()));
        expiring.items().forEach(line -> clinicIds.add(line.clinicId()));
        blocked.items().forEach(line -> clinicIds.add(line.clinicId()));
        clinicIds.addAll(readings.waiting().keySet());
        clinicIds.addAll(readings.quarantined().keySet());
        List<Clinic> clinics = new ArrayList<>();
        for (String clinicId : clinicIds) {
            List<Line> lines = stock.stream().filter(line -> line.clinicId().equals(clinicId))
                    .sorted(Comparator.comparing(StockLine::brand).thenComparing(StockLine::productId))
                    .map(line -> {
                        LowStock below = under.get(key(clinicId, line.productId()));
                        return new Line(line.productId(), line.brand(), line.onHandUnits(), line.reservedUnits(),
                                line.unusableUnits(), line.availableUnits(), line.sealedVials(),
                                below == null ? null : below.minUnits());
                    }).toList();
            StockReadings.Page<WaitingSession> waitingPage = readings.waiting().get(clinicId);
            List<Waiting> waiting = waitingPage == null ? List.of() : waiting(waitingPage.items(), brandOf,
                    zones.apply(clinicId));
            long waitingLeftOut = waitingPage == null ? 0 : Math.max(0, waitingPage.totalItems() - waiting.size());
            clinics.add(new Clinic(clinicId, lines,
                    expiring.items().stream().filter(line -> line.clinicId().equals(clinicId)).toList(),
                    blocked.items().stream().filter(line -> line.clinicId().equals(clinicId)).toList(),
                    waiting, waitingLeftOut, readings.quarantined().getOrDefault(clinicId, 0L)));
        }
        return new Dashboard(List.copyOf(clinics), readings.fingerprint(),
                Math.max(0, expiring.totalItems() - expiring.items().size()),
                Math.max(0, blocked.totalItems() - blocked.items().size()));
    }

    /** Soonest first; a product no name is known for is shown by its id. */
    static List<Waiting> waiting(List<WaitingSession> sessions, Map<UUID, String> brandOf, ZoneId zone) {
        return sessions.stream().sorted(Comparator.comparing(WaitingSession::startsAt,
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(WaitingSession::id))
                .map(s -> new Waiting(s.id(), brandOf.getOrDefault(s.productId(), String.valueOf(s.productId())),
                        s.practitioner(), s.startsAt(), s.startsAt() == null ? "" : STARTS_AT.format(s.startsAt()
                        .atZone(zone)), s.expectedUnits(), s.status()))
                .toList();
    }

    private static final DateTimeFormatter STARTS_AT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private static String key(String clinicId, UUID productId) {
        return clinicId + "/" + productId;
    }
}
