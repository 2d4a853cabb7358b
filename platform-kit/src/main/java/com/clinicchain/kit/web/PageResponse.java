package com.clinicchain.kit.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/** The one list shape of the API: {@code {items, page, size, totalItems}}. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems) {

    /**
     * The page of {@code items}; the total is counted only when the page does not show it (a full page, or an empty
     * page after the first).
     */
    public static <T> PageResponse<T> of(PageRequest page, List<T> items, LongSupplier count) {
        boolean endShown = items.size() < page.size() && (!items.isEmpty() || page.page() == 0);
        long total = endShown ? page.offset() + items.size() : count.getAsLong();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}
