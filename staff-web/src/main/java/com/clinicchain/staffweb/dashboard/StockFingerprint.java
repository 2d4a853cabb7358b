package com.clinicchain.staffweb.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import com.clinicchain.staffweb.dashboard.StockReadings.StockLine;

/**
 * A short digest of a set of stock lines: the same numbers give the same fingerprint whatever order the platform
 * listed them in, any changed number (a delivery, a completion, a quarantine making units unusable, a reservation)
 * gives another. It names no product or clinic, so it may travel in a URL and an event.
 */
final class StockFingerprint {

    private static final Comparator<StockLine> ORDER = Comparator.comparing(StockLine::clinicId)
            .thenComparing(StockLine::productId);

    private StockFingerprint() {
    }

    static String of(List<StockLine> stock) {
        StringBuilder text = new StringBuilder();
        stock.stream().sorted(ORDER).forEach(line -> text.append(line.clinicId()).append('|')
                .append(line.productId()).append('|').append(line.onHandUnits()).append('|')
                .append(line.reservedUnits()).append('|').append(line.unusableUnits()).append('|')
                .append(line.availableUnits()).append('|').append(line.sealedVials()).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
