package com.clinicchain.staffweb.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.clinicchain.staffweb.dashboard.StockReadings.StockLine;

/**
 * A short digest of what the live dashboard shows: the same numbers give the same fingerprint whatever order the
 * platform listed them in, any changed number (a delivery, a completion, a quarantine making units unusable, a
 * reservation, a session waiting for stock or served, a quarantined vial released) gives another. It names no product,
 * clinic or session, so it may travel in a URL and an event.
 */
final class StockFingerprint {

    private static final Comparator<StockLine> ORDER = Comparator.comparing(StockLine::clinicId)
            .thenComparing(StockLine::productId);

    private StockFingerprint() {
    }

    static String of(List<StockLine> stock) {
        return of(new LiveReadings(stock, Map.of(), Map.of()));
    }

    static String of(LiveReadings readings) {
        StringBuilder text = new StringBuilder();
        readings.stock().stream().sorted(ORDER).forEach(line -> text.append(line.clinicId()).append('|')
                .append(line.productId()).append('|').append(line.onHandUnits()).append('|')
                .append(line.reservedUnits()).append('|').append(line.unusableUnits()).append('|')
                .append(line.availableUnits()).append('|').append(line.sealedVials()).append('\n'));
        new TreeMap<>(readings.waiting()).forEach((clinic, page) -> {
            text.append("waiting|").append(clinic).append('|').append(page.totalItems()).append('\n');
            // the page comes in start order; a session's time, product or units may change too
            page.items().forEach(s -> text.append(s.id()).append('|').append(s.productId()).append('|')
                    .append(s.startsAt()).append('|').append(s.expectedUnits()).append('|').append(s.status())
                    .append('\n'));
        });
        new TreeMap<>(readings.quarantined()).forEach((clinic, count) -> text.append("quarantined|").append(clinic)
                .append('|').append(count).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
