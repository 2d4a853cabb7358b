package com.clinicchain.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;

class PageResponseTest {

    private final AtomicInteger counted = new AtomicInteger();
    private final LongSupplier count = () -> {
        counted.incrementAndGet();
        return 57;
    };

    @Test
    void aPageThatShowsWhereTheRowsEndNeedsNoCount() {
        assertThat(PageResponse.of(new PageRequest(0, 20), List.of("a", "b"), count).totalItems()).isEqualTo(2);
        assertThat(PageResponse.of(new PageRequest(2, 20), List.of("a", "b", "c"), count).totalItems())
                .as("the last page: 40 before it").isEqualTo(43);
        assertThat(PageResponse.of(new PageRequest(0, 20), List.of(), count).totalItems()).isZero();
        assertThat(counted).hasValue(0);
    }

    @Test
    void aFullPageOrAnEmptyPageAfterTheFirstIsCounted() {
        List<String> full = List.of("a", "b");
        PageResponse<String> page = PageResponse.of(new PageRequest(1, 2), full, count);
        assertThat(page.totalItems()).isEqualTo(57);
        assertThat(page.items()).isEqualTo(full);
        assertThat(page.page()).isEqualTo(1);
        assertThat(page.size()).isEqualTo(2);
        assertThat(PageResponse.of(new PageRequest(9, 2), List.of(), count).totalItems())
                .as("past the end: the count says how far the rows go").isEqualTo(57);
        assertThat(counted).hasValue(2);
    }
}
