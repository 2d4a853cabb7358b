package com.clinicchain.staffweb.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TypedConfirmationTest {

    @Test
    void theLotNumberTypedAsThePlatformComparesItConfirms() {
        assertThat(TypedConfirmation.check("AB12-3", "AB12-3", "the lot number").confirmed()).isTrue();
        assertThat(TypedConfirmation.check("AB12-3", "  ab12-3 ", "the lot number").confirmed()).isTrue();
    }

    @Test
    void anythingElseIsRefusedAndSaysWhatToType() {
        var wrong = TypedConfirmation.check("AB12-3", "AB12-4", "the lot number");
        assertThat(wrong.confirmed()).isFalse();
        assertThat(wrong.message()).isEqualTo("What was typed is not the lot number (AB12-3): nothing was done.");
        assertThat(TypedConfirmation.check("AB12-3", "AB12", "the lot number").confirmed()).isFalse();
        assertThat(TypedConfirmation.check("AB12-3", "AB 12-3", "the lot number").confirmed()).isFalse();
        var blank = TypedConfirmation.check("MRN-0001", " ", "the patient's record number");
        assertThat(blank.confirmed()).isFalse();
        assertThat(blank.message()).isEqualTo("Type the patient's record number to confirm.");
        assertThat(TypedConfirmation.check("MRN-0001", null, "the record number").confirmed()).isFalse();
    }

    @Test
    void thereMustBeSomethingToConfirm() {
        assertThatThrownBy(() -> TypedConfirmation.check(" ", " ", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
