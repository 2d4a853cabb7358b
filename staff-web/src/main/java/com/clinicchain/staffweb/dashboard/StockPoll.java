package com.clinicchain.staffweb.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import com.clinicchain.staffweb.dashboard.StockReadings.Page;
import com.clinicchain.staffweb.dashboard.StockReadings.StockLine;
import com.clinicchain.staffweb.dashboard.StockReadings.WaitingSession;
import com.clinicchain.staffweb.gateway.Gateway;
import com.clinicchain.staffweb.gateway.Gateway.Bearer;

/**
 * What the live dashboard watches, through the gateway: the stock the token sees, and per clinic its open sessions
 * waiting for stock and its count of quarantined vials. The same reading serves the page (on the request, with the
 * request's token) and the live poll (with the token captured when the stream opened), so that both compute the same
 * fingerprint.
 */
@Component
class StockPoll implements LiveStock.Poll, DisposableBean {

    static final ParameterizedTypeReference<List<StockLine>> STOCK = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Page<WaitingSession>> SESSIONS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Page<Map<String, Object>>> VIALS =
            new ParameterizedTypeReference<>() {
            };
    /**
     * Sessions that started up to this long ago may still be under way (the treatment service books none longer), so
     * they still wait; older open ones are the front desk's to close, not stock to find.
     */
    static final Duration STARTED_AT_MOST = Duration.ofMinutes(240);
    /** The treatment service's largest page; more waiting sessions at one clinic are counted, not listed. */
    static final int WAITING_PAGE = 100;

    /**
     * The per-clinic reads of one reading run side by side: one after another they cost a manager of ten clinics
     * twenty round trips per page and per poll (StaffWebBenchmark#managerDashboardFigures).
     */
    private static final int PARALLEL_READS = 8;

    private final Gateway gateway;
    private final Clock clock;
    private final ExecutorService reads = Executors.newFixedThreadPool(PARALLEL_READS, task -> {
        Thread thread = new Thread(task, "dashboard-read");
        thread.setDaemon(true);
        return thread;
    });

    StockPoll(Gateway gateway, Clock clock) {
        this.gateway = gateway;
        this.clock = clock;
    }

    @Override
    public void destroy() {
        reads.shutdownNow();
    }

    @Override
    public String fingerprint(Bearer bearer, String clinicId, List<String> clinicsOfToken) {
        return read(bearer, clinicId, clinicsOfToken).fingerprint();
    }

    /**
     * @param bearer null on a request (the gateway then uses the signed-in person's token, refreshing it if it must)
     * @param clinicId the one clinic asked for, or null for all the token sees
     */
    LiveReadings read(Bearer bearer, String clinicId, List<String> clinicsOfToken) {
        List<StockLine> stock = clinicId == null ? get(bearer, "/api/inventory/stock", STOCK)
                : get(bearer, "/api/inventory/stock?clinicId={clinic}", STOCK, clinicId);
        Instant from = clock.instant().minus(STARTED_AT_MOST).truncatedTo(ChronoUnit.SECONDS);
        // off the request thread the request's token is not at hand: take it now (the stock read has just used it)
        Bearer token = bearer != null ? bearer : gateway.bearer();
        Map<String, CompletableFuture<Page<WaitingSession>>> waitingReads = new LinkedHashMap<>();
        Map<String, CompletableFuture<Page<Map<String, Object>>>> quarantineReads = new LinkedHashMap<>();
        for (String clinic : clinics(clinicId, clinicsOfToken, stock)) {
            waitingReads.put(clinic, CompletableFuture.supplyAsync(() -> gateway.get(token, "/api/sessions?clinicId="
                    + "{clinic}&stockStatus=SHORT&open=true&from={from}&size={size}", SESSIONS, clinic, from.toString(),
                    WAITING_PAGE), reads));
            quarantineReads.put(clinic, CompletableFuture.supplyAsync(() -> gateway.get(token,
                    "/api/inventory/vials?clinicId={clinic}&status=QUARANTINED&size=1", VIALS, clinic), reads));
        }
        Map<String, Page<WaitingSession>> waiting = new LinkedHashMap<>();
        Map<String, Long> quarantined = new LinkedHashMap<>();
        waitingReads.forEach((clinic, read) -> waiting.put(clinic, joined(read)));
        quarantineReads.forEach((clinic, read) -> quarantined.put(clinic, joined(read).totalItems()));
        return new LiveReadings(stock, waiting, quarantined);
    }

    /** The clinics the dashboard shows: the one asked for, else the token's and those the platform answered stock for. */
    static List<String> clinics(String clinicId, List<String> clinicsOfToken, List<StockLine> stock) {
        if (clinicId != null) {
            return List.of(clinicId);
        }
        TreeSet<String> clinics = new TreeSet<>(clinicsOfToken);
        stock.forEach(line -> clinics.add(line.clinicId()));
        return List.copyOf(clinics);
    }

    /** The read's answer, or the gateway's failure as the caller would have seen it on its own thread. */
    private static <T> T joined(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    private <T> T get(Bearer bearer, String uri, ParameterizedTypeReference<T> type, Object... variables) {
        return bearer == null ? gateway.get(uri, type, variables) : gateway.get(bearer, uri, type, variables);
    }
}
