package com.clinicchain.staffweb.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class KeptFormTest {

    private static final String OWN = "http://127.0.0.1:8084";
    private static final String FORM = "application/x-www-form-urlencoded;charset=UTF-8";

    private static Map<String, String[]> typed() {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        parameters.put("_csrf", new String[] {"token"});
        parameters.put("givenName", new String[] {"Ingrid"});
        parameters.put("areas", new String[] {"GLABELLAR_LINES", "FOREHEAD_LINES"});
        return parameters;
    }

    private static KeptForm.Post post(String fetchSite, String origin, Map<String, String[]> parameters) {
        return new KeptForm.Post("POST", FORM, fetchSite, origin, OWN, "/patients/new", "/patients/new", parameters);
    }

    @Test
    void aFormOfOurOwnPageIsKeptWithoutItsCsrfToken() {
        KeptForm kept = KeptForm.of("sub-rita", post("same-origin", OWN, typed())).orElseThrow();

        assertThat(kept.fields()).containsOnlyKeys("givenName", "areas");
        assertThat(kept.fields().get("areas")).containsExactly("GLABELLAR_LINES", "FOREHEAD_LINES");
        assertThat(kept.page()).isEqualTo("/patients/new");
    }

    @Test
    void aPostFromAnotherSiteIsNotKept() {
        assertThat(KeptForm.of("sub-rita", post("cross-site", OWN, typed()))).isEmpty();
        assertThat(KeptForm.of("sub-rita", post("same-site", "http://127.0.0.1:9999", typed()))).isEmpty();
        // without Fetch Metadata the Origin decides
        assertThat(KeptForm.of("sub-rita", post(null, "https://evil.example", typed()))).isEmpty();
        assertThat(KeptForm.of("sub-rita", post(null, null, typed()))).isEmpty();
        assertThat(KeptForm.of("sub-rita", post(null, OWN, typed()))).isPresent();
    }

    @Test
    void aPostOfNobodyKnownOrOfNoPageOrNoFormIsNotKept() {
        assertThat(KeptForm.of(null, post("same-origin", OWN, typed()))).as("no person to give it back to").isEmpty();
        assertThat(KeptForm.of("sub-rita", new KeptForm.Post("POST", FORM, "same-origin", OWN, OWN, null,
                "/patients/new", typed()))).as("no page to return to").isEmpty();
        assertThat(KeptForm.of("sub-rita", new KeptForm.Post("POST", "multipart/form-data", "same-origin", OWN,
                OWN, "/patients/new", "/patients/new", typed()))).isEmpty();
        assertThat(KeptForm.of("sub-rita", new KeptForm.Post("GET", null, "same-origin", OWN, OWN, "/patients/new",
                "/patients/new", typed()))).isEmpty();
        assertThat(KeptForm.of("sub-rita", post("same-origin", OWN, Map.of("_csrf", new String[] {"token"}))))
                .as("a sign-out carries nothing typed").isEmpty();
    }

    @Test
    void moreThanAnyOfOurFormsHoldsIsNotKept() {
        Map<String, String[]> huge = typed();
        huge.put("notes", new String[] {"x".repeat(KeptForm.MOST_CHARACTERS)});

        assertThat(KeptForm.of("sub-rita", post("same-origin", OWN, huge))).isEmpty();
    }

    @Test
    void itGoesBackOnlyIntoItsPageForThePersonWhoTypedIt() {
        KeptForm kept = new KeptForm("sub-rita", "/patients/new", "/patients/new",
                Map.of("givenName", List.of("Ingrid")));

        assertThat(kept.belongsOn("/patients/new", "sub-rita")).isTrue();
        assertThat(kept.belongsOn("/patients/new", "sub-nina")).as("another person at the same browser").isFalse();
        assertThat(kept.belongsOn("/patients", "sub-rita")).isFalse();
    }
}
