package com.clinicchain.treatment.session;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.clinicchain.kit.problem.ProblemException;

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
    static SessionFilter parse(String stockStatus, String open) {
        Optional<StockStatus> stock = Optional.empty();
        if (stockStatus != null && !stockStatus.isBlank()) {
            String name = stockStatus.strip().toUpperCase(Locale.ROOT);
            stock = Optional.of(Arrays.stream(StockStatus.values()).filter(known -> known.name().equals(name))
                    .findFirst().orElseThrow(() -> ProblemException.invalid("stockStatus", "must be one of "
                            + Arrays.stream(StockStatus.values()).map(Enum::name).collect(Collectors.joining(", ")))));
        }
        boolean openOnly = false;
        if (open != null && !open.isBlank()) {
            openOnly = switch (open.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw ProblemException.invalid("open", "must be true or false");
            };
        }
        return new SessionFilter(stock, openOnly);
    }

    /** Whether a session passes (the same rule as {@link #sql()}, for those who hold sessions in memory). */
    boolean admits(StockStatus stock, SessionStatus status) {
        return stockStatus.map(wanted -> wanted == stock).orElse(true) && (!openOnly || status.isOpen());
    }

    /** The condition to append to a where clause on injection_session; its parameters are {@link #params()}. */
    String sql() {
        return stockStatus.map(s -> " and stock_status = ?").orElse("")
                + (openOnly ? " and status in ('BOOKED', 'CHECKED_IN', 'IN_PROGRESS')" : "");
    }

    List<Object> params() {
        return stockStatus.<List<Object>>map(s -> List.of(s.name())).orElse(List.of());
    }
}
