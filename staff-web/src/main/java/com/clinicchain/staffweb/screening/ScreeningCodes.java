package com.clinicchain.staffweb.screening;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.clinicchain.staffweb.layout.Words;

/**
 * The patient service's screening codes in the order a practitioner asks them, each with the words on the checkbox
 * (examples help a patient recognise a medicine by its brand). A code the service adds later still shows, in
 * {@link Words}.
 */
public final class ScreeningCodes {

    public record Code(String code, String label) {
    }

    private static final Map<String, String> CONDITIONS = new LinkedHashMap<>();
    private static final Map<String, String> MEDICATIONS = new LinkedHashMap<>();

    static {
        CONDITIONS.put("MYASTHENIA_GRAVIS", "Myasthenia gravis");
        CONDITIONS.put("LAMBERT_EATON", "Lambert-Eaton syndrome");
        CONDITIONS.put("ALS", "ALS (motor neurone disease)");
        CONDITIONS.put("OTHER_NEUROMUSCULAR", "Other neuromuscular disorder");
        CONDITIONS.put("PREGNANCY", "Pregnant");
        CONDITIONS.put("BREASTFEEDING", "Breastfeeding");
        CONDITIONS.put("INFECTION_AT_SITE", "Infection at the injection site");
        CONDITIONS.put("TOXIN_ALLERGY", "Allergy to botulinum toxin");
        CONDITIONS.put("ALBUMIN_ALLERGY", "Allergy to albumin");
        MEDICATIONS.put("ASPIRIN", "Aspirin");
        MEDICATIONS.put("OTHER_NSAID", "Other NSAID painkiller (ibuprofen, naproxen)");
        MEDICATIONS.put("ANTICOAGULANT", "Anticoagulant (warfarin, apixaban, rivaroxaban)");
        MEDICATIONS.put("ANTIPLATELET", "Antiplatelet (clopidogrel)");
        MEDICATIONS.put("AMINOGLYCOSIDE", "Aminoglycoside antibiotic (gentamicin)");
        MEDICATIONS.put("FISH_OIL", "Fish oil");
        MEDICATIONS.put("VITAMIN_E", "Vitamin E");
        MEDICATIONS.put("GINKGO", "Ginkgo biloba");
    }

    private ScreeningCodes() {
    }

    public static List<Code> conditions() {
        return CONDITIONS.entrySet().stream().map(e -> new Code(e.getKey(), e.getValue())).toList();
    }

    public static List<Code> medications() {
        return MEDICATIONS.entrySet().stream().map(e -> new Code(e.getKey(), e.getValue())).toList();
    }

    public static String label(String code) {
        String label = CONDITIONS.getOrDefault(code, MEDICATIONS.get(code));
        return label != null ? label : Words.sentence(code);
    }

    /** Only codes the screen offers go to the service: a tampered form cannot send anything else. */
    static List<String> known(List<String> ticked, List<Code> offered) {
        if (ticked == null) {
            return List.of();
        }
        return offered.stream().map(Code::code).filter(ticked::contains).toList();
    }
}
