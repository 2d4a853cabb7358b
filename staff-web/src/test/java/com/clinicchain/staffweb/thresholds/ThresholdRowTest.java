package com.clinicchain.staffweb.thresholds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ThresholdRowTest {

    private static final UUID BOTOX = UUID.randomUUID();
    private static final UUID DYSPORT = UUID.randomUUID();
    private static final UUID XEOMIN = UUID.randomUUID();

    @Test
    void everyProductOfTheCatalogueWithItsStockAndTheMinimumItIsUnder() {
        List<ThresholdRow> rows = ThresholdRow.of(
                List.of(new ThresholdRow.Product(BOTOX, "Botox"), new ThresholdRow.Product(DYSPORT, "Dysport"),
                        new ThresholdRow.Product(XEOMIN, "Xeomin")),
                List.of(new ThresholdRow.Stock(BOTOX, 400), new ThresholdRow.Stock(DYSPORT, 120)),
                List.of(new ThresholdRow.Low(DYSPORT, 120, 500)));

        assertThat(rows).containsExactly(new ThresholdRow(BOTOX, "Botox", 400, null),
                new ThresholdRow(DYSPORT, "Dysport", 120, 500), new ThresholdRow(XEOMIN, "Xeomin", 0, null));
        assertThat(rows.get(1).below()).isTrue();
        assertThat(rows.get(0).below()).isFalse();
    }
}
