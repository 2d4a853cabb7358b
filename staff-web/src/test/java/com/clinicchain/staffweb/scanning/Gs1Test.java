package com.clinicchain.staffweb.scanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Codes as GS1's own examples print them (GTIN 09506000134352 is GS1's example GTIN, prefix 950 its demo range). */
class Gs1Test {

    private static final char GS = Gs1.GROUP_SEPARATOR;

    @Test
    void aVariableLengthLotEndsAtTheGroupSeparatorAndTheSerialFollows() {
        Gs1 scan = Gs1.parse("010950600013435217291231" + "10ABC123" + GS + "2112345XYZ");

        assertThat(scan).isEqualTo(new Gs1("09506000134352", LocalDate.of(2029, 12, 31), "ABC123", "12345XYZ"));
    }

    @Test
    void expiryDayZeroIsTheLastDayOfTheMonth() {
        assertThat(Gs1.parse("0109506000134352172802001" + "0C3709C3").expiry()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Gs1.parse("(01)09506000134352(17)270400(10)C3709C3").expiry()).isEqualTo(LocalDate.of(2027, 4, 30));
    }

    @Test
    void theHumanReadableFormReadsTheSame() {
        assertThat(Gs1.parse("(01)09506000134352(17)291231(10)ABC123(21)12345XYZ"))
                .isEqualTo(Gs1.parse("010950600013435217291231" + "10ABC123" + GS + "2112345XYZ"));
    }

    @Test
    void fieldsMayComeInAnyOrderAndAScannersSymbologyPrefixIsDropped() {
        Gs1 scan = Gs1.parse("]d2" + "10LOT-7/A" + GS + "0109506000134352" + "17300615" + "21SN1");

        assertThat(scan).isEqualTo(new Gs1("09506000134352", LocalDate.of(2030, 6, 15), "LOT-7/A", "SN1"));
    }

    @Test
    void aCodeWithoutSerialOrExpiryStillNamesTheLot() {
        assertThat(Gs1.parse("0109506000134352" + "11250101" + "10C3709C3"))
                .isEqualTo(new Gs1("09506000134352", null, "C3709C3", null));
    }

    @Test
    void aWrongCheckDigitIsRefused() {
        assertThatThrownBy(() -> Gs1.parse("(01)09506000134353(10)ABC"))
                .isInstanceOf(Gs1.Unreadable.class).hasMessageContaining("check digit");
        assertThat(Gs1.validGtin("09506000134352")).isTrue();
        assertThat(Gs1.validGtin("00012345600012")).isTrue();
        assertThat(Gs1.validGtin("00012345600013")).isFalse();
    }

    @Test
    void whatIsNotACartonsCodeSaysWhy() {
        assertThatThrownBy(() -> Gs1.parse("  ")).hasMessage("nothing was scanned");
        assertThatThrownBy(() -> Gs1.parse("(10)ABC")).hasMessageContaining("no GTIN");
        assertThatThrownBy(() -> Gs1.parse("0109506000134352")).hasMessageContaining("no lot number");
        assertThatThrownBy(() -> Gs1.parse("0109506000134352" + "17291332" + "10A")).hasMessageContaining("not a date");
        assertThatThrownBy(() -> Gs1.parse("0109506000134352" + "99abc")).hasMessageContaining("(99)");
        assertThatThrownBy(() -> Gs1.parse("0109506000134352" + "10ABCDEFGHIJKLMNOPQRSTUV"))
                .hasMessageContaining("group separator is missing");
        assertThatThrownBy(() -> Gs1.parse("(01)09506000134352(17)2912(10)A")).hasMessageContaining("6 digits");
    }
}
