package com.clinicchain.staffweb.recalls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LotNumberTest {

    @Test
    void aLotNumberIsTrimmedAndUpperCased() {
        assertThat(LotNumber.normalised("  ab-12/3 ")).isEqualTo("AB-12/3");
    }
}
