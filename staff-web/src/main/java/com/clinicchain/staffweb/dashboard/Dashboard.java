package com.clinicchain.staffweb.dashboard;

import java.util.ArrayList;
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

/**
 * The manager's stock across their clinics, clinic by clinic: the stock per product with the lines under the clinic's
 * minimum marked, the lots expiring within the warning window, the blocked lots with why. Only what the platform
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

    record Clinic(String clinicId, List<Line> stock, List<ExpiringLot> expiring, List<BlockedLot> blocked) {

        public boolean empty() {
            return stock.isEmpty() && expiring.isEmpty() && blocked.isEmpty();
        }
    }

    /**
     * @param clinicsOfToken the clinics the dashboard is for (the token's, or the one asked for); the platform's lines
     *                       of other clinics are shown as well only because the platform chose to answer them (an
     *                       admin sees the chain)
     */
    static Dashboard of(List<String> clinicsOfToken, List<StockLine> stock, List<LowStock> low,
                        StockReadings.Page<ExpiringLot> expiring, StockReadings.Page<BlockedLot> blocked) {
        Map<String, LowStock> under = low.stream().collect(Collectors.toMap(line -> key(line.clinicId(),
                line.productId()), Function.identity(), (a, b) -> a));
        TreeSet<String> clinicIds = new TreeSet<>(clinicsOfToken);
        stock.forEach(line -> clinicIds.add(line.clinicId()));
        expiring.items().forEach(line -> clinicIds.add(line.clinicId()));
        blocked.items().forEach(line -> clinicIds.add(line.clinicId()));
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
            clinics.add(new Clinic(clinicId, lines,
                    expiring.items().stream().filter(line -> line.clinicId().equals(clinicId)).toList(),
                    blocked.items().stream().filter(line -> line.clinicId().equals(clinicId)).toList()));
        }
        return new Dashboard(List.copyOf(clinics), StockFingerprint.of(stock),
                Math.max(0, expiring.totalItems() - expiring.items().size()),
                Math.max(0, blocked.totalItems() - blocked.items().size()));
    }

    private static String key(String clinicId, UUID productId) {
        return clinicId + "/" + productId;
    }
}
