package com.clinicchain.staffweb.scanning;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a carton's GS1 DataMatrix says, as a keyboard-wedge scanner types it: Application Identifiers (01) GTIN,
 * (17) expiry YYMMDD, (10) lot, (21) serial, and (11) production date, which some cartons carry too. Variable-length
 * fields (lot, serial) end at the group separator (ASCII 29) or at the end; the parenthesised human-readable form
 * "(01)…(17)…(10)…" is read as well, since not every browser lets a scanner type ASCII 29 into a field.
 */
public record Gs1(String gtin, LocalDate expiry, String lot, String serial) {

    /** FNC1 as a scanner transmits it inside the data. */
    public static final char GROUP_SEPARATOR = '\u001d';

    /** A scan that cannot be read, with the reason in words. */
    public static final class Unreadable extends RuntimeException {
        Unreadable(String reason) {
            super(reason);
        }
    }

    private static final Map<String, Integer> FIXED = Map.of("01", 14, "11", 6, "17", 6);
    private static final Map<String, Integer> VARIABLE = Map.of("10", 20, "21", 20);
    private static final Pattern BRACKETED = Pattern.compile("\\((\\d{2})\\)([^()]*)");
    /** Symbology identifiers a scanner may put first: ]d2 (DataMatrix), ]C1 (GS1-128), ]Q3 (QR). */
    private static final Pattern SYMBOLOGY = Pattern.compile("^\\][A-Za-z]\\d");

    public static Gs1 parse(String scanned) {
        if (scanned == null || scanned.isBlank()) {
            throw new Unreadable("nothing was scanned");
        }
        String text = SYMBOLOGY.matcher(scanned.strip()).replaceFirst("");
        Map<String, String> fields = text.startsWith("(") ? bracketed(text) : raw(text);
        String gtin = fields.get("01");
        if (gtin == null) {
            throw new Unreadable("the code has no GTIN (01): it is not a medicine carton's code");
        }
        if (!gtin.matches("\\d{14}") || !validGtin(gtin)) {
            throw new Unreadable("GTIN " + gtin + " is not a valid GTIN-14 (its check digit does not match)");
        }
        String lot = fields.get("10");
        if (lot == null || lot.isBlank()) {
            throw new Unreadable("the code has no lot number (10)");
        }
        String expiry = fields.get("17");
        return new Gs1(gtin, expiry == null ? null : date(expiry, "expiry (17)"), lot.strip(), fields.get("21"));
    }

    /** The GS1 mod-10 check digit: weights 3 and 1 alternating from the digit before the check digit. */
    public static boolean validGtin(String gtin) {
        if (gtin == null || !gtin.matches("\\d{8}|\\d{12,14}")) {
            return false;
        }
        int sum = 0;
        for (int i = gtin.length() - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (gtin.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10 == gtin.charAt(gtin.length() - 1) - '0';
    }

    private static Map<String, String> raw(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        int at = 0;
        while (at < text.length()) {
            if (text.charAt(at) == GROUP_SEPARATOR) {
                at++;
                continue;
            }
            if (at + 2 > text.length()) {
                throw new Unreadable("the code ends in the middle of an application identifier");
            }
            String ai = text.substring(at, at + 2);
            at += 2;
            Integer fixed = FIXED.get(ai);
            if (fixed != null) {
                if (at + fixed > text.length()) {
                    throw new Unreadable("(" + ai + ") needs " + fixed + " digits");
                }
                put(fields, ai, text.substring(at, at + fixed));
                at += fixed;
            } else if (VARIABLE.containsKey(ai)) {
                int end = text.indexOf(GROUP_SEPARATOR, at);
                end = end < 0 ? text.length() : end;
                String value = text.substring(at, end);
                if (value.length() > VARIABLE.get(ai)) {
                    throw new Unreadable("(" + ai + ") is longer than " + VARIABLE.get(ai)
                            + " characters: a group separator is missing after it");
                }
                put(fields, ai, value);
                at = end;
            } else {
                throw new Unreadable("application identifier (" + ai + ") is not one a carton uses here");
            }
        }
        return fields;
    }

    private static Map<String, String> bracketed(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = BRACKETED.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() != at) {
                throw new Unreadable("the code has text outside its (AI) fields");
            }
            String ai = m.group(1);
            String value = m.group(2).replace(String.valueOf(GROUP_SEPARATOR), "");
            Integer fixed = FIXED.get(ai);
            if (fixed == null && !VARIABLE.containsKey(ai)) {
                throw new Unreadable("application identifier (" + ai + ") is not one a carton uses here");
            }
            if (fixed != null && value.length() != fixed) {
                throw new Unreadable("(" + ai + ") needs " + fixed + " digits");
            }
            if (fixed == null && value.length() > VARIABLE.get(ai)) {
                throw new Unreadable("(" + ai + ") is longer than " + VARIABLE.get(ai) + " characters");
            }
            put(fields, ai, value);
            at = m.end();
        }
        if (at != text.length()) {
            throw new Unreadable("the code has text outside its (AI) fields");
        }
        return fields;
    }

    private static void put(Map<String, String> fields, String ai, String value) {
        if (fields.putIfAbsent(ai, value) != null) {
            throw new Unreadable("(" + ai + ") appears twice");
        }
    }

    /**
     * YYMMDD; day 00 means the last day of the month (GS1 General Specifications 7.12). The century is 20YY: cartons
     * of this century's toxins expire within a few years of their making.
     */
    private static LocalDate date(String yymmdd, String field) {
        if (!yymmdd.matches("\\d{6}")) {
            throw new Unreadable(field + " must be six digits YYMMDD");
        }
        int year = 2000 + Integer.parseInt(yymmdd.substring(0, 2));
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        try {
            YearMonth ym = YearMonth.of(year, month);
            return day == 0 ? ym.atEndOfMonth() : ym.atDay(day);
        } catch (DateTimeException e) {
            throw new Unreadable(field + " " + yymmdd + " is not a date");
        }
    }
}
