package com.clinicchain.staffweb.reports;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A table as RFC 4180 CSV (comma, CRLF, quotes doubled), safe to open in a spreadsheet: a cell that begins with
 * {@code = + - @} (or a tab or carriage return) would be read as a formula, so it is prefixed with {@code '}. Plain
 * numbers are left as they are ("-3" is a number to a spreadsheet, not a formula), so the file holds the numbers of
 * the screen.
 */
final class Csv {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Csv() {
    }

    static String of(ReportTable table) {
        StringBuilder csv = new StringBuilder();
        line(csv, table.headers());
        table.rows().forEach(row -> line(csv, row));
        return csv.toString();
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches()) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
    }
}
