package com.clinicchain.staffweb.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void aCellThatASpreadsheetWouldTakeForAFormulaIsPrefixed() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("+1+1")).isEqualTo("'+1+1");
        assertThat(Csv.cell("-1+2")).isEqualTo("'-1+2");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tdrop")).isEqualTo("'\tdrop");
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() {
        assertThat(Csv.cell("-3")).isEqualTo("-3");
        assertThat(Csv.cell("120")).isEqualTo("120");
        assertThat(Csv.cell("2.5")).isEqualTo("2.5");
        assertThat(Csv.cell("Botox")).isEqualTo("Botox");
        assertThat(Csv.cell("a-b=c")).isEqualTo("a-b=c");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertThat(Csv.cell("fridge A, shelf 2")).isEqualTo("\"fridge A, shelf 2\"");
        assertThat(Csv.cell("the \"blue\" box")).isEqualTo("\"the \"\"blue\"\" box\"");
        assertThat(Csv.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
    }

    @Test
    void aTableIsItsHeaderThenItsRowsWithCrlf() {
        ReportTable table = new ReportTable("waste", "Waste", List.of("Clinic", "Units"),
                List.of(List.of("clinic-north", "100"), List.of("=cmd", "-5")), "none");
        assertThat(Csv.of(table)).isEqualTo("Clinic,Units\r\nclinic-north,100\r\n'=cmd,-5\r\n");
    }
}
