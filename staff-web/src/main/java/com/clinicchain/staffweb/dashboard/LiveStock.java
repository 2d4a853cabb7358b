package com.clinicchain.staffweb.dashboard;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.clinicchain.staffweb.gateway.Gateway.Bearer;
import com.clinicchain.staffweb.gateway.GatewayUnavailable;

/**
 * The open dashboards' live updates. Every {@link #EVERY} what each distinct token and clinic choice sees (its stock,
 * sessions waiting for stock and quarantined vials) is read once through the gateway, however many tabs show it, and
 * each open dashboard hears "changed" when the fingerprint is no longer the one its page shows, "heard" when nothing changed, "unreachable" when the gateway does
 * not answer. An event carries no data of the stock: the page then asks for the dashboard the ordinary way, so that
 * rendering, authorisation and token refresh stay on the request path.
 * <p>
 * A stream ends {@link #BEFORE_EXPIRY} before its captured access token expires (the page reconnects, and that request
 * refreshes the token); a person's session keeps at most {@link #PER_SESSION} streams (a new one ends their oldest),
 * the application at most {@link #AT_MOST}; a token the platform refuses ends its streams.
 */
@Component
class LiveStock implements SmartLifecycle {

    static final Duration EVERY = Duration.ofSeconds(2);
    static final Duration BEFORE_EXPIRY = Duration.ofSeconds(15);
    static final int PER_SESSION = 4;
    static final int AT_MOST = 500;

    private static final Logger log = LoggerFactory.getLogger(LiveStock.class);

    /**
     * The fingerprint of what the token's dashboard shows (narrowed to one clinic, or all when {@code clinicId} is
     * null): its stock, its sessions waiting for stock, its quarantined vials.
     */
    interface Poll {
        String fingerprint(Bearer bearer, String clinicId, List<String> clinicsOfToken);
    }

    /** One open dashboard's stream. */
    interface Listener {
        void send(String event) throws IOException;

        void end();
    }

    private record Key(String token, String clinicId) {
    }

    private static final class Stream {
        final Listener listener;
        final String sessionId;
        final Instant opened;
        final Instant endsAt;
        String known;

        Stream(Listener listener, String sessionId, Instant opened, Instant endsAt, String known) {
            this.listener = listener;
            this.sessionId = sessionId;
            this.opened = opened;
            this.endsAt = endsAt;
            this.known = known;
        }
    }

    /** {@code clinicsOfToken}: a token names the same clinics whichever of its pages opened the stream. */
    private record Watch(Key key, Bearer bearer, List<String> clinicsOfToken, List<Stream> streams) {
    }

    private final Poll poll;
    private final Clock clock;
    private final Map<Key, Watch> watches = new LinkedHashMap<>();
    private ScheduledExecutorService scheduler;

    LiveStock(Poll poll, Clock clock) {
        this.poll = poll;
        this.clock = clock;
    }

    /**
     * Opens a stream for a page that shows stock with fingerprint {@code shown}, the platform's being {@code current}
     * now; false when the application has as many streams as it keeps.
     */
    synchronized boolean open(String sessionId, Bearer bearer, String clinicId, List<String> clinicsOfToken,
                              String shown, String current, Listener listener, Instant now) {
        List<Stream> ofSession = new ArrayList<>();
        int open = 0;
        for (Watch watch : watches.values()) {
            open += watch.streams().size();
            watch.streams().stream().filter(stream -> stream.sessionId.equals(sessionId)).forEach(ofSession::add);
        }
        if (ofSession.size() >= PER_SESSION) {
            ofSession.stream().min(Comparator.comparing(stream -> stream.opened)).ifPresent(this::end);
        } else if (open >= AT_MOST) {
            return false;
        }
        Key key = new Key(bearer.token(), clinicId);
        Stream stream = new Stream(listener, sessionId, now, bearer.expiresAt().minus(BEFORE_EXPIRY), shown);
        watches.computeIfAbsent(key, k -> new Watch(k, bearer, List.copyOf(clinicsOfToken), new ArrayList<>())).streams().add(stream);
        tell(stream, current);
        return true;
    }

    /** The stream's page went away (or the stream was ended). */
    synchronized void closed(Listener listener) {
        watches.values().forEach(watch -> watch.streams().removeIf(stream -> stream.listener == listener));
        watches.values().removeIf(watch -> watch.streams().isEmpty());
    }

    /** One round: each distinct token and clinic choice read once, its streams told. */
    void poll(Instant now) {
        List<Watch> due;
        synchronized (this) {
            for (Watch watch : watches.values()) {
                watch.streams().stream().filter(stream -> !now.isBefore(stream.endsAt)).toList().forEach(this::end);
            }
            watches.values().removeIf(watch -> watch.streams().isEmpty());
            due = List.copyOf(watches.values());
        }
        for (Watch watch : due) {
            String current = null;
            boolean unreachable = false;
            try {
                current = poll.fingerprint(watch.bearer(), watch.key().clinicId(), watch.clinicsOfToken());
            } catch (GatewayUnavailable e) {
                unreachable = true;
            } catch (RuntimeException e) {
                // refused (the token revoked, the clinic no longer the person's): the page's reconnect asks anew
                log.info("live stock poll refused, ending {} stream(s): {}", watch.streams().size(), e.getMessage());
            }
            synchronized (this) {
                for (Stream stream : List.copyOf(watch.streams())) {
                    if (unreachable) {
                        send(stream, "unreachable");
                    } else if (current == null) {
                        end(stream);
                    } else {
                        tell(stream, current);
                    }
                }
                watches.values().removeIf(w -> w.streams().isEmpty());
            }
        }
    }

    synchronized int streams() {
        return watches.values().stream().mapToInt(watch -> watch.streams().size()).sum();
    }

    synchronized int watches() {
        return watches.size();
    }

    private void tell(Stream stream, String current) {
        if (current.equals(stream.known)) {
            send(stream, "heard");
        } else {
            stream.known = current;
            send(stream, "changed");
        }
    }

    private void send(Stream stream, String event) {
        try {
            stream.listener.send(event);
        } catch (IOException | RuntimeException e) {
            // the page is gone: nobody to tell
            remove(stream);
        }
    }

    private void end(Stream stream) {
        remove(stream);
        stream.listener.end();
    }

    private void remove(Stream stream) {
        watches.values().forEach(watch -> watch.streams().remove(stream));
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "live-stock");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                poll(clock.instant());
            } catch (RuntimeException e) {
                log.warn("live stock round failed", e);
            }
        }, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Before the web server's graceful shutdown, which would otherwise wait for the open streams. */
    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
        List.copyOf(watches.values()).forEach(watch -> List.copyOf(watch.streams()).forEach(this::end));
        watches.clear();
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
