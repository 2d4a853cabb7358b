package com.clinicchain.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.clinicchain.testsupport.ApiClient.Reply;

/**
 * Data generator and benchmark: 100,000 patients in demo-chain plus 20,000 in another chain, then search latency
 * (p50/p95/p99 over HTTP, token check and audit write included) and registration throughput. Off by default:
 * <pre>./mvnw -o -pl patient-service verify -Dbenchmark=true -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class SearchBenchmark extends PatientServiceTest {

    static final int PATIENTS = 100_000;
    static final int RUNS = 400;

    @Test
    void searchLatencyAndRegistrationThroughput() {
        long started = System.nanoTime();
        generate("demo-chain", "BM", PATIENTS);
        generate("bench-other-chain", "BO", 20_000);
        jdbc.sql("analyze patient").update();
        System.out.printf("BENCHMARK generated %,d patients in %.1f s%n", PATIENTS + 20_000,
                (System.nanoTime() - started) / 1e9);

        // The plan of a typical name search, to see where the time goes.
        System.out.println("BENCHMARK plan:\n" + String.join("\n", jdbc.sql("""
                explain (analyze, buffers) select * from patient where chain_id = 'demo-chain'
                  and (search_given like 'hansenk%' or search_family like 'hansenk%')
                  and (search_given like 'an%' or search_family like 'an%')
                order by search_family, search_given, id limit 20 offset 0""").query(String.class).list()));

        ThreadLocalRandom random = ThreadLocalRandom.current();
        // A family name as far as its first distinctive letter, and two letters of the given name: "Hansenk An".
        report("name prefix (family + given)", i -> "q=" + encode(FAMILY[random.nextInt(FAMILY.length)]
                + SUFFIX[random.nextInt(SUFFIX.length)] + " " + GIVEN[random.nextInt(GIVEN.length)].substring(0, 2)));
        report("phone", i -> "phone=%2B4790" + "%06d".formatted(1 + random.nextInt(PATIENTS)));
        report("record number", i -> "medicalRecordNumber=BM-" + "%07d".formatted(1 + random.nextInt(PATIENTS)));

        int registrations = 300;
        long start = System.nanoTime();
        for (int i = 0; i < registrations; i++) {
            Reply reply = api.post(rita(), "/api/patients", patient("Bench", unique("Reg"), "clinic-north"));
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        }
        System.out.printf("BENCHMARK registration: %d sequential registrations, %.0f per second%n", registrations,
                registrations / ((System.nanoTime() - start) / 1e9));
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private void report(String what, IntFunction<String> query) {
        for (int i = 0; i < 50; i++) { // warm-up: JIT, plan cache, buffer cache
            api.get(rita(), "/api/patients?" + query.apply(i));
        }
        long[] micros = new long[RUNS];
        long hits = 0;
        for (int i = 0; i < RUNS; i++) {
            String path = "/api/patients?" + query.apply(i);
            long start = System.nanoTime();
            Reply reply = api.get(rita(), path);
            micros[i] = (System.nanoTime() - start) / 1000;
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            hits += reply.json().get("totalItems").asLong();
        }
        Arrays.sort(micros);
        System.out.printf("BENCHMARK %-30s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (avg %.1f hits)%n", what,
                micros[RUNS / 2] / 1000.0, micros[RUNS * 95 / 100] / 1000.0, micros[RUNS * 99 / 100] / 1000.0,
                hits / (double) RUNS);
    }

    static final String[] GIVEN = {"Anna", "Astrid", "Berit", "Camilla", "Dorte", "Elin", "Emma", "Frida", "Hanna",
            "Ida", "Ingrid", "Julie", "Karin", "Lena", "Maja", "Nora", "Olga", "Petra", "Ragnhild", "Sara", "Tove",
            "Ulla", "Vera", "Wenche", "Åse", "Øydis", "Søren", "Jonas", "Lars", "Mats", "Nils", "Ole", "Per", "Rune"};
    static final String[] FAMILY = {"Andersen", "Berg", "Christensen", "Dahl", "Eriksen", "Fjeld", "Gundersen",
            "Hansen", "Iversen", "Johansen", "Karlsen", "Larsen", "Moen", "Nilsen", "Olsen", "Pedersen", "Quist",
            "Rasmussen", "Strand", "Thorsen", "Ullmann", "Vik", "Wold", "Ødegård", "Ågren", "Haugen", "Bakken",
            "Lund", "Solberg", "Jakobsen", "Halvorsen", "Kristiansen", "Lie", "Aas", "Holm", "Sæther", "Nygård"};
    static final String[] SUFFIX = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "k", "l", "m", "n", "o", "p", "r",
            "s", "t", "u", "v"};

    /** Plain SQL: 100,000 registrations through the API would take far longer than the benchmark itself. */
    private void generate(String chain, String prefix, int count) {
        List<String> families = new ArrayList<>();
        for (String family : FAMILY) {
            for (String suffix : SUFFIX) {
                families.add(family + suffix + "sen");
            }
        }
        jdbc.sql("""
                insert into patient (id, chain_id, medical_record_number, given_name, family_name, date_of_birth, sex,
                                     phone, email, home_clinic_id, preferred_language)
                select gen_random_uuid(), :chain, cast(:prefix as text) || '-' || lpad(g::text, 7, '0'),
                       (cast(:given as text[]))[1 + g % cardinality(cast(:given as text[]))],
                       (cast(:families as text[]))[1 + (g::bigint * 7919) % cardinality(cast(:families as text[]))],
                       date '1940-01-01' + ((g::bigint * 104729) % 25000)::int, 'FEMALE',
                       case when cast(:chain as text) = 'demo-chain' then '+4790' || lpad(g::text, 6, '0') end,
                       'p' || g || '@example.org', 'clinic-north', 'no'
                from generate_series(1, :count) g""")
                .params(Map.of("chain", chain, "prefix", prefix, "count", count,
                        "given", "{" + String.join(",", GIVEN) + "}", "families", "{" + String.join(",", families) + "}"))
                .update();
    }
}
