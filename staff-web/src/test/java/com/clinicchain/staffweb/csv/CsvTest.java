package com.clinicchain.staffweb.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaStaysText() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("+4791234567")).isEqualTo("'+4791234567");
        assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(Csv.cell("\r=1")).isEqualTo("\"'\r=1\"");
    }

    @Test
    void ordinaryCellsAreAsTypedAndSeparatorsQuoted() {
        assertThat(Csv.cell("Liv Strand")).isEqualTo("Liv Strand");
        assertThat(Csv.cell("a=b")).as("only a leading sign starts a formula").isEqualTo("a=b");
        assertThat(Csv.cell("Strand, Liv")).isEqualTo("\"Strand, Liv\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.cell("a;b")).as("semicolon-separated locales").isEqualTo("\"a;b\"");
        assertThat(Csv.cell(null)).isEmpty();
        assertThat(Csv.cell("")).isEmpty();
    }

    @Test
    void aPlainNumberStaysTheNumberItIsEvenWithASign() {
        assertThat(Csv.cell("-3")).isEqualTo("-3");
        assertThat(Csv.cell("2.5")).isEqualTo("2.5");
        assertThat(Csv.cell("-1+2")).as("an expression is no plain number").isEqualTo("'-1+2");
        assertThat(Csv.cell("-")).isEqualTo("'-");
    }

    @Test
    void aDocumentIsTheHeadersThenOneCrlfLinePerRow() {
        assertThat(Csv.document(List.of("A", "B"), List.of(List.of("1", "x,y"), List.of("=2", ""))))
                .isEqualTo("A,B\r\n1,\"x,y\"\r\n'=2,\r\n");
    }

    @Test
    void aFileNameCarriesNothingButSafeCharacters() {
        assertThat(Csv.fileName("recall-L1/2 \"x\";\r\n")).isEqualTo("recall-L1_2__x__.csv");
        assertThat(Csv.fileName("  ")).isEqualTo("download.csv");
    }
}
