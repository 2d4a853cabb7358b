package com.clinicchain.staffweb.thresholds;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One product of the catalogue at one clinic, as the thresholds page shows it: the units available now and the
 * clinic's minimum where inventory says the stock is under it. Inventory offers no read of a minimum the stock is
 * above (only {@code /reports/low-stock}, which lists the lines under theirs), so such a minimum is not shown.
 *
 * @param minUnits the minimum the stock is under, or null
 */
record ThresholdRow(UUID productId, String brand, int availableUnits, Integer minUnits) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Product(UUID id, String brand) {
    }

    /** A line of {@code GET /api/inventory/stock}; a product never delivered here has none. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Stock(UUID productId, int availableUnits) {
    }

    /** A line of {@code GET /api/inventory/reports/low-stock}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Low(UUID productId, int availableUnits, int minUnits) {
    }

    static List<ThresholdRow> of(List<Product> catalogue, List<Stock> stock, List<Low> low) {
        Map<UUID, Stock> stockOf = stock.stream().collect(Collectors.toMap(Stock::productId, Function.identity(),
                (a, b) -> a));
        Map<UUID, Low> lowOf = low.stream().collect(Collectors.toMap(Low::productId, Function.identity(), (a, b) -> a));
        return catalogue.stream().map(product -> {
            Low under = lowOf.get(product.id());
            Stock line = stockOf.get(product.id());
            int available = under != null ? under.availableUnits() : line == null ? 0 : line.availableUnits();
            return new ThresholdRow(product.id(), product.brand(), available, under == null ? null : under.minUnits());
        }).toList();
    }

    public boolean below() {
        return minUnits != null;
    }
}
