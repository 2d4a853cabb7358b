package com.clinicchain.kit.web;

import java.util.List;
import java.util.function.Function;

/** The one list shape of the API: {@code {items, page, size, totalItems}}. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems) {

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}
