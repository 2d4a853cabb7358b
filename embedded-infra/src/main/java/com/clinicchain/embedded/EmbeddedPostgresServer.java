package com.clinicchain.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 server (zonky embedded binaries) on 127.0.0.1. Authentication is {@code trust}; the
 * superuser is {@code postgres}.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private static final String USERNAME = "postgres";

    private static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;

    private volatile Watchdog watchdog;

    private final Set<String> knownDatabases = ConcurrentHashMap.newKeySet();

    private volatile boolean closed;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Watchdog watchdog) {
        this.postgres = postgres;
        this.watchdog = watchdog;
    }

    /**
     * Starts PostgreSQL.
     * @param port the port, 0 for a free one
     * @param dataDir a persistent data directory (kept between starts), or null for a temporary one deleted on close
     */
    public static EmbeddedPostgresServer start(int port, Path dataDir) {
        long started = System.nanoTime();
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", dataDir == null ? "off" : "on")
                .setPGStartupWait(Duration.ofSeconds(60))
                .setRegisterShutdownHook(true);
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDir != null) {
                prepareDataDirectory(dataDir);
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            EmbeddedPostgres postgres = builder.start();
            Watchdog watchdog = guard(postgres);
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, watchdog);
            log.info("embedded PostgreSQL on 127.0.0.1:{} ({}) started in {} ms", postgres.getPort(),
                    dataDir == null ? "temporary data" : dataDir, (System.nanoTime() - started) / 1_000_000);
            return server;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", ex);
        }
    }

    /**
     * When this JVM runs as root, zonky runs PostgreSQL as another user, which must be able to reach and own the
     * data directory: make the directory and its parents traversable.
     */
    private static void prepareDataDirectory(Path dataDir) throws IOException {
        Path absolute = dataDir.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        for (Path p = absolute.getParent(); p != null; p = p.getParent()) {
            try {
                Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(p));
                if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    perms.add(PosixFilePermission.OTHERS_EXECUTE);
                    Files.setPosixFilePermissions(p, perms);
                }
            }
            catch (IOException | UnsupportedOperationException | SecurityException ex) {
                log.debug("could not make {} traversable", p, ex);
            }
        }
    }

    private static Watchdog guard(EmbeddedPostgres postgres) {
        try {
            // SIGINT = PostgreSQL's "fast shutdown"
            return Watchdog.guard(postmasterPid(dataDirectory(postgres)), false, "postgres", "INT");
        }
        catch (Exception ex) {
            log.warn("could not find the postmaster pid; PostgreSQL may outlive a killed JVM", ex);
            return null;
        }
    }

    private static Path dataDirectory(EmbeddedPostgres postgres) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("show data_directory")) {
            rs.next();
            return Path.of(rs.getString(1));
        }
    }

    private static long postmasterPid(Path dataDirectory) throws IOException {
        List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
        return Long.parseLong(lines.get(0).trim());
    }

    /**
     * Stops the server with a fast shutdown (every open session is cut, as when a database server restarts), keeps it
     * down for {@code downtime}, then starts it again on the same port with the same data and settings. Clients see
     * broken connections, then refused ones, then a server again.
     */
    public synchronized void restart(Duration downtime) {
        long started = System.nanoTime();
        try {
            Path dataDirectory = dataDirectory(this.postgres);
            Path pgCtl = Files.readSymbolicLink(Path.of("/proc", Long.toString(postmasterPid(dataDirectory)), "exe"))
                .resolveSibling("pg_ctl");
            pgCtl(pgCtl, dataDirectory, "-m", "fast", "-w", "-t", "60", "stop");
            Thread.sleep(downtime.toMillis());
            // "restart" of a stopped server starts it with the options of its last start (postmaster.opts): same port
            // and settings as zonky gave it
            pgCtl(pgCtl, dataDirectory, "-w", "-t", "60", "-l", dataDirectory.resolve("restarted.log").toString(),
                    "restart");
            Watchdog previous = this.watchdog;
            this.watchdog = guard(this.postgres);
            if (previous != null) {
                previous.cancel();
            }
            log.info("embedded PostgreSQL on 127.0.0.1:{} restarted ({} ms down) in {} ms", port(),
                    downtime.toMillis(), (System.nanoTime() - started) / 1_000_000);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while restarting PostgreSQL", ex);
        }
        catch (Exception ex) {
            throw new IllegalStateException("could not restart embedded PostgreSQL", ex);
        }
    }

    /** Runs pg_ctl the way zonky runs it: in a user namespace when this JVM is root (PostgreSQL refuses root). */
    private static void pgCtl(Path pgCtl, Path dataDirectory, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(pgCtl.toString(), "-D", dataDirectory.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    /** A JDBC URL for {@code database}, created if absent. */
    public String jdbcUrl(String database) {
        if (this.knownDatabases.add(database)) {
            try {
                Databases.createIfAbsent(url("postgres"), USERNAME, PASSWORD, database);
            }
            catch (RuntimeException ex) {
                this.knownDatabases.remove(database);
                throw ex;
            }
        }
        return url(database);
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    public int port() {
        return this.postgres.getPort();
    }

    @Override
    public synchronized void close() {
        if (this.closed) {
            return;
        }
        this.closed = true;
        try {
            this.postgres.close();
        }
        catch (IOException ex) {
            log.warn("could not stop embedded PostgreSQL cleanly", ex);
        }
        finally {
            if (this.watchdog != null) {
                this.watchdog.cancel();
            }
        }
    }

}
