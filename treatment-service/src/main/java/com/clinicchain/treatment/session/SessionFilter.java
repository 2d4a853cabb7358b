package com.clinicchain.treatment.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.clinicchain.treatment.refusal.Checked;
import com.clinicchain.treatment.refusal.InvalidField;

/**
 * Which sessions of a clinic's schedule a list shows: all, or those whose stock answer is one {@link StockStatus}
 * (the manager's dashboard asks for SHORT), and all or only the open ones (booked, checked in, in progress), so that a
 * dashboard need not page through a clinic's whole schedule to find the few waiting for stock.
 *
 * @param stockStatus the one stock answer asked for, if any
 * @param openOnly    only sessions still to be treated
 */
record SessionFilter(Optional<StockStatus> stockStatus, boolean openOnly) {

    static final SessionFilter ALL = new SessionFilter(Optional.empty(), false);

    /** Both as the client sent them (blank or absent: no condition); compared case-insensitively. */
    static Checked<SessionFilter> parse(String stockStatus, String open) {
        List<InvalidField> invalid = new ArrayList<>();
        Optional<StockStatus> stock = Optional.empty();
        if (stockStatus != null && !stockStatus.isBlank()) {
            String name = stockStatus.strip().toUpperCase(Locale.ROOT);
            stock = Arrays.stream(StockStatus.values()).filter(known -> known.name().equals(name)).findFirst();
            if (stock.isEmpty()) {
                invalid.add(new InvalidField("stockStatus", "must be one of "
                        + Arrays.stream(StockStatus.values()).map(Enum::name).collect(Collectors.joining(", "))));
            }
        }
        boolean openOnly = false;
        if (open != null && !open.isBlank()) {
            switch (open.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> openOnly = true;
                case "false" -> openOnly = false;
                default -> invalid.add(new InvalidField("open", "must be true or false"));
            }
        }
        return invalid.isEmpty() ? Checked.ok(new SessionFilter(stock, openOnly)) : Checked.refused(invalid);
    }

    /** The condition to append to a where clause on injection_session; its parameters are {@link #params()}. */
    String sql() {
        return stockStatus.map(s -> " and stock_status = ?").orElse("")
                + (openOnly ? " and status in " + SessionStatus.OPEN_SQL : "");
    }

    List<Object> params() {
        return stockStatus.<List<Object>>map(s -> List.of(s.name())).orElse(List.of());
    }
}
