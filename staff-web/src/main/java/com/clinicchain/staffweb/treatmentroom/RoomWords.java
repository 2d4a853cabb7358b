package com.clinicchain.staffweb.treatmentroom;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.clinicchain.staffweb.layout.Words;

/** The treatment service's rule codes and area names as the practitioner reads them. */
public final class RoomWords {

    /** The rules a practitioner may override with a reason (Eligibility.OVERRIDABLE in the treatment service). */
    public static final Set<String> OVERRIDABLE = Set.of("INTERACTION", "RETREATMENT_INTERVAL", "UNITS_PER_90_DAYS");

    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("DOSE_DEVIATION", "Planned dose differs from the label"),
            Map.entry("NOT_A_TOXIN_INDICATION", "Not a toxin indication: consider dermal fillers"),
            Map.entry("FOREHEAD_WITHOUT_GLABELLAR", "Forehead lines without glabellar lines"),
            Map.entry("CHARTED_DOSE_DEVIATION", "Charted dose differs from the plan"),
            Map.entry("CHARTED_AREA_NOT_PLANNED", "Area not in the plan"),
            Map.entry("CHARTED_OTHER_PRODUCT", "Another product charted"),
            Map.entry("BLEEDING_RISK", "Bleeding or bruising risk: stop before treatment"),
            Map.entry("INTERACTION", "Medication interaction: needs your override"),
            Map.entry("RETREATMENT_INTERVAL", "Re-treatment sooner than 90 days"),
            Map.entry("UNITS_PER_90_DAYS", "More than 400 U in 90 days"),
            Map.entry("CONTRAINDICATION", "Contraindication"),
            Map.entry("CONSENT_MISSING", "No valid treatment consent"),
            Map.entry("SCREENING_MISSING", "No screening on record"),
            Map.entry("SCREENING_OUT_OF_DATE", "Screening out of date"));

    /** The service's codes (ASPIRIN, GLABELLAR_LINES): capitals only, so that lot numbers (with digits) stay as they are. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]+)*\\b");

    /** The same words for templates, which call them on an object. */
    public static final RoomWords VIEW = new RoomWords();

    private RoomWords() {
    }

    public String titleOf(String rule) {
        return title(rule);
    }

    public String reasonOf(String rule, String message) {
        return reason(rule, message);
    }

    public static String title(String rule) {
        return TITLES.getOrDefault(rule, Words.sentence(rule));
    }

    /** "FOREHEAD_LINES planned without GLABELLAR_LINES: …" becomes "Forehead lines planned without glabellar lines: …". */
    public static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        Matcher m = CODE.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().toLowerCase().replace('_', ' ')));
        }
        m.appendTail(out);
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    /**
     * The service's message under its rule's title, without saying the rule twice: "contraindication PREGNANCY" under
     * "Contraindication" reads "Pregnancy".
     */
    public static String reason(String rule, String message) {
        String ruleWords = Words.of(rule) + " ";
        String text = message == null ? "" : message.strip();
        if (!ruleWords.isBlank() && text.toLowerCase(java.util.Locale.ROOT).startsWith(ruleWords)) {
            text = text.substring(ruleWords.length());
        }
        return sentence(text);
    }

    public static boolean overridable(String rule) {
        return OVERRIDABLE.contains(rule);
    }
}
