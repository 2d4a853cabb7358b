package com.clinicchain.inventory.product;

import com.clinicchain.testsupport.DemoProducts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

import com.clinicchain.inventory.InventoryServiceTest;

/** The catalogue is written by migrations only: its schema keeps a GTIN that no scan could ever match out. */
class ProductGtinTest extends InventoryServiceTest {

    private static final String BOTOX = DemoProducts.BOTOX_ID;

    @Test
    void theSeededProductCarriesAValidGtin() {
        assertThat(jdbc.sql("select gtin from product where id = ?::uuid").param(BOTOX).query(String.class).single())
                .isEqualTo("09506000100012");
    }

    @Test
    void aGtinWithAWrongCheckDigitOrFormatIsRefused() {
        assertThatThrownBy(() -> jdbc.sql("update product set gtin = '09506000100013' where id = ?::uuid")
                .param(BOTOX).update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update product set gtin = '9506000100012' where id = ?::uuid")
                .param(BOTOX).update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.sql("select gtin from product where id = ?::uuid").param(BOTOX).query(String.class).single())
                .isEqualTo("09506000100012");
    }
}
