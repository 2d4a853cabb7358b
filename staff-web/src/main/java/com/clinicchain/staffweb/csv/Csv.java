package com.clinicchain.staffweb.csv;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * CSV as RFC 4180 writes it (comma, double quotes doubled, CRLF), with every cell guarded against formula injection: a
 * regulator opens the file in a spreadsheet, and a patient's name or a reason typed as {@code =HYPERLINK(...)} must stay
 * text there. A cell that starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe (OWASP's
 * advice), so a phone number {@code +47…} reads {@code '+47…} in the file. A plain number such as {@code -3} is left
 * alone: a spreadsheet reads it as the number it is, so a report's file holds the numbers of its screen.
 */
public final class Csv {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Csv() {
    }

    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches()) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                || text.indexOf(';') >= 0) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    public static String line(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    public static String document(List<String> headers, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(line(headers));
        rows.forEach(row -> csv.append(line(row)));
        return csv.toString();
    }

    /** A file name made of letters, digits, dots, hyphens and underscores only (it goes into a header). */
    public static String fileName(String base) {
        String safe = base == null ? "" : base.strip().replaceAll("[^A-Za-z0-9._-]", "_");
        return (safe.isEmpty() ? "download" : safe) + ".csv";
    }
}
