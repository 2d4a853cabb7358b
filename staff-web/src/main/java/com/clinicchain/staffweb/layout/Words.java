package com.clinicchain.staffweb.layout;

import org.springframework.stereotype.Component;

/**
 * The platform's codes in the staff's words ({@code GLABELLAR_LINES} → "glabellar lines"), once for the whole
 * application. A bean named {@code words} so that templates say {@code ${@words.of(s.status)}} instead of spelling the
 * conversion out again.
 */
@Component("words")
public final class Words {

    /** "GLABELLAR_LINES" → "glabellar lines"; nothing → "". */
    public static String of(String code) {
        return code == null ? "" : code.toLowerCase(java.util.Locale.ROOT).replace('_', ' ').strip();
    }

    /** "GLABELLAR_LINES" → "Glabellar lines", for the start of a line or a cell. */
    public static String sentence(String code) {
        return capitalised(of(code));
    }

    /** The first letter upper case, the rest as written ("the reason is required" → "The reason is required"). */
    public static String capitalised(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** An area with its units: ("GLABELLAR_LINES", 20) → "Glabellar lines 20 U". */
    public static String dose(String area, int units) {
        return sentence(area) + " " + units + " U";
    }

    /** A lot's days to its expiry date: 12 → "12 days left", 0 → "expires today", −3 → "expired 3 days ago". */
    public static String daysLeft(int days) {
        if (days == 0) {
            return "expires today";
        }
        if (days < 0) {
            return days == -1 ? "expired yesterday" : "expired " + -days + " days ago";
        }
        return days == 1 ? "1 day left" : days + " days left";
    }
}
