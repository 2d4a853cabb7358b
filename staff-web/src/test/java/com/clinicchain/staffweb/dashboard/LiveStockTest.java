package com.clinicchain.staffweb.dashboard;

import static com.clinicchain.staffweb.dashboard.StockFingerprintTest.BOTOX;
import static com.clinicchain.staffweb.dashboard.StockFingerprintTest.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.clinicchain.staffweb.dashboard.StockReadings.StockLine;
import com.clinicchain.staffweb.gateway.Gateway.Bearer;
import com.clinicchain.staffweb.gateway.GatewayUnavailable;

class LiveStockTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    /** The platform as the poll sees it: its stock now, or down, or refusing; and how often it was asked. */
    private static final class Platform implements LiveStock.Poll {
        List<StockLine> stock = List.of(line("clinic-north", BOTOX, 400, 0, 0, 4));
        RuntimeException failure;
        final List<String> asked = new ArrayList<>();

        @Override
        public String fingerprint(Bearer bearer, String clinicId, List<String> clinicsOfToken) {
            asked.add(bearer.token() + "/" + clinicId);
            if (failure != null) {
                throw failure;
            }
            return fingerprint();
        }

        String fingerprint() {
            return StockFingerprint.of(stock);
        }
    }

    /** An open page's stream: what it was told, and whether it was ended. */
    private static final class Tab implements LiveStock.Listener {
        final List<String> heard = new ArrayList<>();
        boolean ended;

        @Override
        public void send(String event) {
            heard.add(event);
        }

        @Override
        public void end() {
            ended = true;
        }
    }

    private final Platform platform = new Platform();
    private final LiveStock live = new LiveStock(platform, Clock.systemUTC());
    private final Bearer token = new Bearer("token-a", NOW.plus(Duration.ofMinutes(5)));

    private Tab open(String session, Bearer bearer, String shown) {
        Tab tab = new Tab();
        assertThat(live.open(session, bearer, null, List.of("clinic-north"), shown, platform.fingerprint(), tab, NOW)).isTrue();
        return tab;
    }

    @Test
    void aChangeIsToldOnceToEveryTabAndTheStockIsReadOncePerTokenHoweverManyTabs() {
        Tab first = open("session-1", token, platform.fingerprint());
        Tab second = open("session-1", token, platform.fingerprint());

        live.poll(NOW.plusSeconds(2));
        platform.stock = List.of(line("clinic-north", BOTOX, 600, 0, 0, 6));
        live.poll(NOW.plusSeconds(4));
        live.poll(NOW.plusSeconds(6));

        // the first "heard" when the stream opened
        assertThat(first.heard).containsExactly("heard", "heard", "changed", "heard");
        assertThat(second.heard).isEqualTo(first.heard);
        assertThat(platform.asked).containsExactly("token-a/null", "token-a/null", "token-a/null");
        assertThat(live.watches()).isEqualTo(1);
    }

    @Test
    void aPageThatShowsOlderStockThanThePlatformsIsToldAtOnce() {
        Tab reconnected = open("session-1", token, "fingerprint-of-the-page-before-the-delivery");

        assertThat(reconnected.heard).containsExactly("changed");
    }

    @Test
    void anotherTokenOrClinicIsAnotherPoll() {
        open("session-1", token, platform.fingerprint());
        open("session-2", new Bearer("token-b", token.expiresAt()), platform.fingerprint());
        live.open("session-1", token, "clinic-north", List.of("clinic-north"), platform.fingerprint(), platform.fingerprint(), new Tab(), NOW);

        live.poll(NOW.plusSeconds(2));

        assertThat(platform.asked).containsExactlyInAnyOrder("token-a/null", "token-b/null", "token-a/clinic-north");
    }

    @Test
    void anUnreachablePlatformIsSaidSoAndTheStreamStays() {
        Tab tab = open("session-1", token, platform.fingerprint());
        platform.failure = new GatewayUnavailable("connection refused", null);

        live.poll(NOW.plusSeconds(2));
        platform.failure = null;
        live.poll(NOW.plusSeconds(4));

        assertThat(tab.heard).containsExactly("heard", "unreachable", "heard");
        assertThat(tab.ended).isFalse();
    }

    @Test
    void aRefusedTokenEndsItsStreams() {
        Tab tab = open("session-1", token, platform.fingerprint());
        platform.failure = new IllegalStateException("the platform answered 401");

        live.poll(NOW.plusSeconds(2));

        assertThat(tab.ended).isTrue();
        assertThat(live.streams()).isZero();
        assertThat(live.watches()).isZero();
    }

    @Test
    void aStreamEndsBeforeItsTokenExpiresSoThatTheReconnectRefreshesIt() {
        Tab tab = open("session-1", token, platform.fingerprint());

        live.poll(token.expiresAt().minus(LiveStock.BEFORE_EXPIRY).minusSeconds(1));
        assertThat(tab.ended).isFalse();
        live.poll(token.expiresAt().minus(LiveStock.BEFORE_EXPIRY));

        assertThat(tab.ended).isTrue();
        assertThat(live.streams()).isZero();
    }

    @Test
    void aSessionKeepsItsNewestStreamsOnly() {
        List<Tab> tabs = new ArrayList<>();
        for (int i = 0; i < LiveStock.PER_SESSION + 1; i++) {
            Tab tab = new Tab();
            live.open("session-1", token, null, List.of("clinic-north"), platform.fingerprint(), platform.fingerprint(), tab,
                    NOW.plusSeconds(i));
            tabs.add(tab);
        }
        Tab otherSession = open("session-2", token, platform.fingerprint());

        assertThat(tabs.get(0).ended).as("the oldest").isTrue();
        assertThat(tabs.subList(1, tabs.size())).noneMatch(tab -> tab.ended);
        assertThat(otherSession.ended).isFalse();
        assertThat(live.streams()).isEqualTo(LiveStock.PER_SESSION + 1);
    }

    @Test
    void theApplicationRefusesAStreamBeyondItsBound() {
        for (int i = 0; i < LiveStock.AT_MOST; i++) {
            live.open("session-" + i, token, null, List.of("clinic-north"), platform.fingerprint(), platform.fingerprint(), new Tab(), NOW);
        }

        assertThat(live.open("one-too-many", token, null, List.of("clinic-north"), platform.fingerprint(), platform.fingerprint(), new Tab(),
                NOW)).isFalse();
        assertThat(live.streams()).isEqualTo(LiveStock.AT_MOST);
    }

    @Test
    void aClosedPageIsForgotten() {
        Tab tab = open("session-1", token, platform.fingerprint());

        live.closed(tab);
        live.poll(NOW.plusSeconds(2));

        assertThat(tab.heard).as("only when it opened").containsExactly("heard");
        assertThat(platform.asked).isEmpty();
    }
}
