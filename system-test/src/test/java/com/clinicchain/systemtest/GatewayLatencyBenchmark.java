package com.clinicchain.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.clinicchain.localstack.App;
import com.clinicchain.localstack.Apps;
import com.clinicchain.systemtest.Http.Answer;
import com.clinicchain.testsupport.Tokens;

/**
 * What the gateway adds to a request: the same token and the same read, straight to the inventory service and
 * through the gateway (which checks the token too, rate-limits and forwards), sequentially and with a few
 * concurrent clients. Off by default:
 * <pre>./mvnw -o verify -pl system-test -am -Dbenchmark=true -Dtest=GatewayLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class GatewayLatencyBenchmark {

    static final String READ = "/api/inventory/stock?clinicId=clinic-north";
    static final int WARM_UP = 500;
    static final int REQUESTS = 2_000;
    static final int CLIENTS = 4;

    @Test
    void addedLatencyOfTheGateway() throws Exception {
        Apps apps = RunningPlatform.get();
        String direct = apps.url(App.INVENTORY) + READ;
        String gateway = apps.gatewayUrl() + READ;
        String token = Tokens.password("mark.manager");

        sequential(direct, token, WARM_UP);
        sequential(gateway, token, WARM_UP);
        // alternating halves, so that a slow moment of the shared machine does not fall on one side only
        long[] directTimes = concat(sequential(direct, token, REQUESTS / 2), sequential(direct, token, REQUESTS / 2));
        long[] gatewayTimes = concat(sequential(gateway, token, REQUESTS / 2), sequential(gateway, token, REQUESTS / 2));
        report("sequential", directTimes, gatewayTimes);

        token = Tokens.password("mark.manager");
        long[] directConcurrent = concurrent(direct, token);
        long[] gatewayConcurrent = concurrent(gateway, token);
        report(CLIENTS + " concurrent clients", directConcurrent, gatewayConcurrent);
    }

    private static long[] sequential(String url, String token, int requests) {
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            Answer answer = Http.send("GET", url, token, null, Map.of());
            nanos[i] = System.nanoTime() - start;
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        }
        return nanos;
    }

    private static long[] concurrent(String url, String token) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<long[]>> runs = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                runs.add(clients.submit(() -> sequential(url, token, REQUESTS / CLIENTS)));
            }
            long[] all = new long[0];
            for (Future<long[]> run : runs) {
                all = concat(all, run.get());
            }
            return all;
        } finally {
            clients.shutdown();
        }
    }

    private static void report(String how, long[] direct, long[] gateway) {
        Arrays.sort(direct);
        Arrays.sort(gateway);
        System.out.printf("BENCHMARK %s, %d requests on each side, GET %s with the same token%n", how, direct.length,
                READ);
        for (double p : new double[] { 50, 95, 99 }) {
            double d = percentile(direct, p);
            double g = percentile(gateway, p);
            System.out.printf("BENCHMARK   p%.0f: direct %.2f ms, through the gateway %.2f ms, added %.2f ms%n",
                    p, d, g, g - d);
        }
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
