package com.clinicchain.systemtest.matrix;

import static com.clinicchain.systemtest.matrix.ChainA.BOTOX;
import static com.clinicchain.systemtest.matrix.ChainA.NORTH;
import static com.clinicchain.systemtest.matrix.Expectation.allow;
import static com.clinicchain.systemtest.matrix.Expectation.Stranger.OWN_CHAIN;
import static com.clinicchain.systemtest.matrix.Expectation.Stranger.REFUSED;
import static com.clinicchain.systemtest.matrix.Identity.ADMIN;
import static com.clinicchain.systemtest.matrix.Identity.MANAGER;
import static com.clinicchain.systemtest.matrix.Identity.PARTNER;
import static com.clinicchain.systemtest.matrix.Identity.PRACTITIONER;
import static com.clinicchain.systemtest.matrix.Identity.RECEPTIONIST;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who may do what, one line per operation of the three services' OpenAPI documents. A new endpoint fails the
 * matrix until it gets its line here. Partner {@code partner-demo} holds {@code patients.read},
 * {@code sessions.write} and {@code inventory.read}; it reads a patient who consented to partner sharing.
 */
final class Expectations {

    private static final String NORTH_ONLY = "?clinicId=" + NORTH;

    private Expectations() {
    }

    static Map<String, Expectation> table() {
        Map<String, Expectation> t = new LinkedHashMap<>();
        Identity r = RECEPTIONIST;
        Identity n = PRACTITIONER;
        Identity m = MANAGER;
        Identity a = ADMIN;
        Identity p = PARTNER;

        // patients: a stranger's registry has no clinic-north, so registering a patient there is refused (422)
        t.put("POST /api/patients", allow(r, n, a).stranger(REFUSED).body(f -> f.chain().newDemographics())
                .witness(f -> "/api/patients?size=1", "/totalItems"));
        t.put("GET /api/patients", allow(r, n, m, a).stranger(OWN_CHAIN));
        t.put("GET /api/patients/{id}", allow(r, n, m, a, p));
        // as the single read, for a patient who shares with partners; another chain gets an empty list
        t.put("GET /api/patients/batch", allow(r, n, m, a, p).stranger(OWN_CHAIN)
                .query(f -> "?ids=" + f.patient() + "," + UUID.randomUUID()));
        t.put("PUT /api/patients/{id}", allow(r, n, a).body(f -> f.chain().newDemographics())
                .headers(f -> Map.of("If-Match", f.chain().etag("/api/patients/" + f.patient()))));
        t.put("GET /api/patients/{id}/access-log", allow(a));
        t.put("GET /api/patients/{id}/export", allow(a));
        t.put("POST /api/patients/{id}/erase", allow(a));
        t.put("POST /api/patients/{patientId}/screenings", allow(n, a)
                .body(f -> Map.of("conditions", List.of(), "medications", List.of("FISH_OIL"))));
        t.put("GET /api/patients/{patientId}/screenings", allow(n, a));
        t.put("GET /api/patients/{patientId}/screenings/current", allow(n, a));
        t.put("POST /api/patients/{patientId}/consents", allow(r, n, a).body(f -> ChainA.consent("MARKETING"))
                .witness(Expectations::consentHistory, "/history"));
        t.put("GET /api/patients/{patientId}/consents", allow(r, n, m, a));
        t.put("GET /api/patients/{patientId}/consents/valid", allow(r, n, m, a)
                .query("?type=TREATMENT_BOTULINUM_TOXIN"));
        t.put("POST /api/patients/{patientId}/consents/{consentId}/withdraw", allow(r, n, a)
                .body(f -> Map.of("reason", "changed her mind")).witness(Expectations::consentHistory, "/history"));
        t.put("POST /api/consent-templates", allow(a).stranger(OWN_CHAIN)
                .body(f -> Map.of("type", "MARKETING", "body", "We may send you news of our clinics."))
                .witness(f -> "/api/consent-templates", ""));
        t.put("GET /api/consent-templates", allow(r, n, m, a).stranger(OWN_CHAIN));

        // sessions, follow-ups, adverse events, recalls
        t.put("POST /api/sessions", allow(r, n, a, p).stranger(REFUSED)
                .body(f -> f.chain().booking(f.bookablePatient()))
                .witness(f -> "/api/sessions" + NORTH_ONLY + "&size=1", "/totalItems"));
        t.put("GET /api/sessions", allow(r, n, m, a).stranger(OWN_CHAIN).query(NORTH_ONLY));
        // any patient id will do: another chain's, or an unknown one, has an empty history
        t.put("GET /api/sessions/history", allow(r, n, m, a).stranger(OWN_CHAIN)
                .query("?patientId=" + UUID.randomUUID()));
        t.put("GET /api/sessions/{id}", allow(r, n, m, a));
        t.put("POST /api/sessions/{id}/check-in", allow(r, n, m, a).witness(Expectations::session, "/status"));
        t.put("POST /api/sessions/{id}/start", allow(n).given(Fixture::checkedInSession)
                .witness(Expectations::session, "/status"));
        t.put("POST /api/sessions/{id}/cancel", allow(r, n, m, a, p).body(f -> Map.of("reason", "patient is ill"))
                .witness(Expectations::session, "/status"));
        t.put("POST /api/sessions/{id}/no-show", allow(r, n, m, a).witness(Expectations::session, "/status"));
        t.put("POST /api/sessions/{id}/complete", allow(n).body(f -> ChainA.completion(f.chain().knownVial()))
                .witness(Expectations::session, "/status"));
        t.put("POST /api/sessions/{id}/adverse-events", allow(n, m, a).given(Fixture::completedSession)
                .body(f -> Map.of("type", "BRUISING", "severity", "MILD",
                        // the session was charted just now, before its booked start: nothing can have begun earlier
                        "onsetAt", OffsetDateTime.now(ZoneOffset.UTC).toString())));
        t.put("GET /api/sessions/{id}/adverse-events", allow(n, m, a));
        t.put("GET /api/sessions/adverse-events", allow(m, a).stranger(OWN_CHAIN));
        t.put("GET /api/sessions/adverse-events/{id}", allow(n, m, a));
        t.put("POST /api/sessions/adverse-events/{id}/notes", allow(n, m, a)
                .body(f -> Map.of("notes", "called her: the headache is gone")));
        t.put("POST /api/sessions/adverse-events/{id}/close", allow(n, m, a)
                .body(f -> Map.of("outcome", "RESOLVED")));
        t.put("GET /api/sessions/recalls/{lotNumber}/patients", allow(a).stranger(OWN_CHAIN));
        t.put("GET /api/follow-ups", allow(r, n, m, a).stranger(OWN_CHAIN).query(NORTH_ONLY));
        t.put("GET /api/follow-ups/{id}", allow(r, n, m, a));
        t.put("POST /api/follow-ups/{id}/done", allow(r, n, m, a).body(f -> Map.of("note", "called, all well"))
                .witness(Expectations::followUps, ""));
        t.put("POST /api/follow-ups/{id}/skip", allow(r, n, m, a).body(f -> Map.of("note", "moved away"))
                .witness(Expectations::followUps, ""));

        // the chain's clinic and practitioner registry (treatment service); a change rewrites a record of the demo
        // chain exactly as ChainRegistry registered it, so that nothing other tests rely on moves
        t.put("POST /api/clinics", allow(a).stranger(OWN_CHAIN).body(f -> clinic("matrix-" + UUID.randomUUID()))
                .witness(f -> "/api/clinics?size=1", "/totalItems"));
        t.put("GET /api/clinics", allow(r, n, m, a, p).stranger(OWN_CHAIN));
        t.put("GET /api/clinics/{clinicId}", allow(r, n, m, a, p).param("clinicId", f -> NORTH));
        t.put("PUT /api/clinics/{clinicId}", allow(a).param("clinicId", f -> NORTH).body(f -> clinic(NORTH))
                .witness(f -> "/api/clinics/" + NORTH, "/revision"));
        // another chain's admin names clinic-north, which is no clinic of its chain: a 400 naming clinicIds[0]
        t.put("POST /api/practitioners", allow(a).stranger(REFUSED)
                .body(f -> practitioner("matrix." + UUID.randomUUID().toString().substring(0, 8)))
                .witness(f -> "/api/practitioners?size=1", "/totalItems"));
        t.put("GET /api/practitioners", allow(r, n, m, a, p).stranger(OWN_CHAIN).query(NORTH_ONLY));
        t.put("GET /api/practitioners/{username}", allow(r, n, m, a, p).param("username", f -> "nina.nurse"));
        t.put("PUT /api/practitioners/{username}", allow(a).param("username", f -> "nina.nurse")
                .body(f -> practitioner("nina.nurse")).witness(f -> "/api/practitioners/nina.nurse", "/revision"));

        // inventory: a stranger's registry has no clinic-north, so its stock writes there are refused (422)
        t.put("POST /api/inventory/lots", allow(m, a).stranger(REFUSED).body(f -> f.chain().delivery(3))
                .witness(f -> "/api/inventory/vials" + NORTH_ONLY + "&size=1", "/totalItems"));
        t.put("GET /api/inventory/lots/{id}", allow(r, n, m, a, p));
        t.put("GET /api/inventory/vials", allow(r, n, m, a, p).stranger(OWN_CHAIN).query(NORTH_ONLY));
        t.put("GET /api/inventory/lots", allow(r, n, m, a, p).stranger(OWN_CHAIN).query(NORTH_ONLY));
        t.put("GET /api/inventory/clinics/{clinicId}", allow(r, n, m, a, p).param("clinicId", f -> NORTH));
        t.put("POST /api/inventory/lots/{id}/recall", allow(a).body(f -> Map.of("reason", "maker's recall")));
        t.put("POST /api/inventory/lots/{id}/quarantine", allow(m, a).body(f -> Map.of("reason", "fridge at 11 °C")));
        t.put("POST /api/inventory/lots/{id}/release", allow(m, a).given(Fixture::quarantinedLot)
                .body(f -> Map.of("reason", "maker says it is fine")));
        t.put("POST /api/inventory/fridges", allow(m, a).stranger(REFUSED)
                .body(f -> f.chain().newFridge())
                .witness(f -> "/api/inventory/fridges" + NORTH_ONLY, ""));
        t.put("GET /api/inventory/fridges/{id}", allow(r, n, m, a, p));
        t.put("GET /api/inventory/fridges", allow(r, n, m, a, p).stranger(OWN_CHAIN).query(NORTH_ONLY));
        t.put("POST /api/inventory/fridges/{id}/lots", allow(m, a).body(f -> Map.of("lotId", f.lotId())));
        // the partner may read stock but holds no inventory.write, the scope of temperature sensors
        t.put("POST /api/inventory/fridges/{id}/readings", allow(n, m, a).body(f -> Map.of("celsius", 5.0,
                "at", OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(10).toString())));
        t.put("GET /api/inventory/fridges/{id}/readings", allow(r, n, m, a, p));
        t.put("GET /api/inventory/vials/{id}", allow(r, n, m, a, p));
        t.put("POST /api/inventory/vials/{id}/reconstitute", allow(n, m, a).body(f -> Map.of("salineMl", 2.5)));
        t.put("POST /api/inventory/vials/{id}/release", allow(m, a).given(Fixture::quarantinedVial)
                .body(f -> Map.of("reason", "maker's stability data covers the excursion")));
        t.put("POST /api/inventory/vials/{id}/discard", allow(n, m, a).body(f -> Map.of("reason", "DROPPED")));
        t.put("GET /api/inventory/vials/due-for-discard", allow(r, n, m, a, p).stranger(OWN_CHAIN).query(NORTH_ONLY));
        t.put("PUT /api/inventory/thresholds", allow(m, a).stranger(REFUSED)
                .body(f -> Map.of("clinicId", NORTH, "productId", BOTOX, "minUnits", 1_000_000))
                .witness(f -> "/api/inventory/reports/low-stock" + NORTH_ONLY, ""));
        t.put("POST /api/inventory/transfers", allow(m, a).stranger(REFUSED)
                .body(f -> ChainA.transferOf(f.transferVial()))
                .witness(f -> "/api/inventory/vials/" + f.transferVial(), ""));
        t.put("GET /api/inventory/transfers/{id}", allow(r, n, m, a, p));
        t.put("GET /api/inventory/transfers", allow(r, n, m, a, p).stranger(OWN_CHAIN).query(NORTH_ONLY));
        t.put("POST /api/inventory/transfers/{id}/dispatch", allow(m, a));
        t.put("POST /api/inventory/transfers/{id}/receive", allow(m, a).given(Fixture::dispatchedTransfer));
        t.put("POST /api/inventory/transfers/{id}/cancel", allow(m, a).body(f -> Map.of("reason", "not needed")));
        t.put("GET /api/inventory/reports/expiring-lots", allow(m, a, p).stranger(OWN_CHAIN)
                .query("?withinDays=730"));
        t.put("GET /api/inventory/reports/blocked-lots", allow(m, a, p).stranger(OWN_CHAIN));
        t.put("GET /api/inventory/reports/low-stock", allow(m, a, p).stranger(OWN_CHAIN));
        t.put("GET /api/inventory/reports/waste", allow(m, a, p).stranger(OWN_CHAIN));
        t.put("GET /api/inventory/reports/usage", allow(m, a, p).stranger(OWN_CHAIN));
        t.put("GET /api/inventory/reports/reconciliation", allow(m, a, p).stranger(OWN_CHAIN));
        t.put("GET /api/inventory/reports/reconciliation/sessions", allow(m, a, p).stranger(OWN_CHAIN));
        t.put("GET /api/inventory/stock", allow(r, n, m, a, p).stranger(OWN_CHAIN));
        t.put("GET /api/inventory/admin/consistency", allow(a).stranger(OWN_CHAIN).query(NORTH_ONLY));
        t.put("GET /api/inventory/products", allow(r, n, m, a, p).stranger(OWN_CHAIN));

        // operations, on each service's own port; the gateway routes them for admins under another path,
        // /api/admin/dead-letters/{patients|treatments|inventory}/** (its GatewayIntegrationTest), not /admin
        t.put("GET /admin/dead-letters", allow(a).stranger(OWN_CHAIN).servicePortOnly());
        t.put("POST /admin/dead-letters/{topic}/{partition}/{offset}/replay", allow(a).servicePortOnly()
                .nothingToFind().param("topic", f -> "patient-events").param("partition", f -> "0")
                .param("offset", f -> "0"));
        return t;
    }

    /** As ChainRegistry registers the demo clinics: open around the clock, in Europe/London. */
    private static Map<String, Object> clinic(String clinicId) {
        List<Map<String, String>> hours = Arrays.stream(DayOfWeek.values())
                .map(day -> Map.of("day", day.name(), "opens", "00:00", "closes", "23:59")).toList();
        return Map.of("clinicId", clinicId, "name", NORTH.equals(clinicId) ? "Clinic North" : "Matrix clinic",
                "address", Map.of("lines", List.of("1 High Street"), "postalCode", "AB1 2CD", "city", "Leeds",
                        "countryCode", "GB"),
                "phone", "+44 113 496 0000", "timeZone", "Europe/London", "openingHours", hours);
    }

    /** nina.nurse as ChainRegistry registers her, or a new nurse at clinic-north. */
    private static Map<String, Object> practitioner(String username) {
        return Map.of("username", username, "displayName", "nina.nurse".equals(username) ? "Nina Nurse" : "Matrix Nurse",
                "clinicIds", List.of(NORTH), "qualification", "NURSE");
    }

    /** The consents view also says when it was evaluated ({@code at}): only the history must stay the same. */
    private static String consentHistory(Fixture fixture) {
        return "/api/patients/" + fixture.patient() + "/consents";
    }

    private static String session(Fixture fixture) {
        return "/api/sessions/" + fixture.session();
    }

    private static String followUps(Fixture fixture) {
        return "/api/follow-ups" + NORTH_ONLY + "&size=100";
    }
}
