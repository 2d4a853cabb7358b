package com.clinicchain.embedded;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Keycloak server: the official Quarkus distribution (from the local Maven repository), unpacked once into a
 * home directory and started with {@code bin/kc.sh start-dev} on 127.0.0.1 with the {@code clinics} realm imported.
 * <p>
 * The process runs in a session of its own; a watchdog stops it when the JVM that started it dies, even after
 * {@code kill -9}.
 */
public final class EmbeddedKeycloakServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKeycloakServer.class);

    /** The realm every part of the clinic platform uses. */
    public static final String REALM = "clinics";

    /** Classpath location of the realm file (copied from {@code keycloak/clinics-realm.json} at build time). */
    public static final String REALM_RESOURCE = "keycloak/clinics-realm.json";

    /** Keycloak's embedded databases. */
    public enum Database {

        /** H2 in memory: the realm is imported at every start (tests). */
        DEV_MEM("dev-mem"),
        /** H2 file under {@code <home>/data/h2}: data survives restarts, the realm is imported once (local stack). */
        DEV_FILE("dev-file");

        private final String value;

        Database(String value) {
            this.value = value;
        }

        public String value() {
            return this.value;
        }

    }

    /** Start options; all have defaults, see {@link #defaults()}. */
    public static final class Options {

        private int httpPort;

        private int managementPort;

        private Path home;

        private boolean alternateHomeIfBusy = true;

        private Database database = Database.DEV_MEM;

        private Path realmFile;

        private boolean importRealm = true;

        private String adminUsername = "admin";

        private String adminPassword = "admin";

        private Duration startupTimeout = Duration.ofSeconds(180);

        private Path logFile;

        private final List<String> extraArguments = new ArrayList<>();

        /**
         * Defaults: free ports, home {@code <maven repo>/org/keycloak/keycloak-quarkus-dist/<ver>/test-home}, dev-mem,
         * realm from the classpath, admin/admin, 180 s timeout.
         */
        public static Options defaults() {
            return new Options();
        }

        /** HTTP port on 127.0.0.1; 0 = a free one. */
        public Options httpPort(int port) {
            this.httpPort = port;
            return this;
        }

        /** Management (health) port on 127.0.0.1; 0 = a free one. */
        public Options managementPort(int port) {
            this.managementPort = port;
            return this;
        }

        /** Keycloak home; unpacked from the distribution zip if absent, built at first start, then reused. */
        public Options home(Path home) {
            this.home = home;
            return this;
        }

        /**
         * When another JVM already runs a Keycloak from {@code home}, use {@code home-2}, {@code home-3} ... instead of
         * failing (default true). Never share a home between two running servers.
         */
        public Options alternateHomeIfBusy(boolean alternate) {
            this.alternateHomeIfBusy = alternate;
            return this;
        }

        public Options database(Database database) {
            this.database = database;
            return this;
        }

        /** The realm file to import; null (default) = classpath {@code keycloak/clinics-realm.json}. */
        public Options realmFile(Path realmFile) {
            this.realmFile = realmFile;
            return this;
        }

        /** Whether to pass {@code --import-realm} (default true). */
        public Options importRealm(boolean importRealm) {
            this.importRealm = importRealm;
            return this;
        }

        /** Bootstrap admin of the master realm (only created when the master realm is created). */
        public Options admin(String username, String password) {
            this.adminUsername = username;
            this.adminPassword = password;
            return this;
        }

        public Options startupTimeout(Duration timeout) {
            this.startupTimeout = timeout;
            return this;
        }

        /** Where Keycloak's console output goes; default {@code <home>/data/log/keycloak-console.log}. */
        public Options logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        /** Extra {@code kc.sh start-dev} arguments, e.g. {@code --log-level=debug}. */
        public Options extraArgument(String argument) {
            this.extraArguments.add(argument);
            return this;
        }

    }

    private final Process process;

    private final Watchdog watchdog;

    private final int httpPort;

    private final int managementPort;

    private final Path home;

    private final Path logFile;

    private final FileChannel lockChannel;

    private final FileLock lock;

    private final Thread shutdownHook = new Thread(this::close, "embedded-keycloak-shutdown");

    private volatile boolean closed;

    private EmbeddedKeycloakServer(Process process, Watchdog watchdog, int httpPort, int managementPort, Path home,
            Path logFile, FileChannel lockChannel, FileLock lock) {
        this.process = process;
        this.watchdog = watchdog;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.home = home;
        this.logFile = logFile;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** The default Keycloak home for tests: {@code <maven repo>/org/keycloak/keycloak-quarkus-dist/<ver>/test-home}. */
    public static Path defaultTestHome() {
        return InfraSettings.keycloakArtifactDirectory().resolve("test-home");
    }

    public static EmbeddedKeycloakServer start(Options options) {
        long started = System.nanoTime();
        Path requestedHome = (options.home != null) ? options.home.toAbsolutePath() : defaultTestHome();
        Locked locked = lockHome(requestedHome, options.alternateHomeIfBusy);
        Path home = locked.home;
        boolean ok = false;
        Process process = null;
        Watchdog watchdog = null;
        EmbeddedKeycloakServer server = null;
        try {
            boolean unpacked = ensureUnpacked(home);
            Path realm = copyRealm(home, options);
            int httpPort = (options.httpPort > 0) ? options.httpPort : InfraSettings.freePort();
            int managementPort = (options.managementPort > 0) ? options.managementPort : InfraSettings.freePort();
            Path logFile = (options.logFile != null) ? options.logFile
                    : home.resolve("data").resolve("log").resolve("keycloak-console.log");
            Files.createDirectories(logFile.toAbsolutePath().getParent());

            List<String> command = new ArrayList<>();
            if (Files.isExecutable(Path.of("/usr/bin/setsid")) || Files.isExecutable(Path.of("/bin/setsid"))) {
                command.add("setsid"); // own process group: kc.sh and its java are stopped together
            }
            command.add(home.resolve("bin/kc.sh").toString());
            command.add("start-dev");
            command.add("--http-host=127.0.0.1");
            command.add("--http-port=" + httpPort);
            command.add("--hostname=http://127.0.0.1:" + httpPort);
            command.add("--health-enabled=true");
            command.add("--http-management-port=" + managementPort);
            command.add("--db=" + options.database.value());
            if (options.importRealm && realm != null) {
                command.add("--import-realm");
            }
            command.addAll(options.extraArguments);

            ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            Map<String, String> env = builder.environment();
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", options.adminUsername);
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", options.adminPassword);
            env.remove("JAVA_OPTS"); // never inherit the test JVM's options
            env.remove("KC_DB");
            env.remove("KC_HOSTNAME");
            log.info("starting Keycloak {} from {} on http://127.0.0.1:{} (management {}, db {}){}",
                    InfraSettings.keycloakVersion(), home, httpPort, managementPort, options.database.value(),
                    unpacked ? " - first start: builds the server, takes longer" : "");
            process = builder.start();
            String marker = home.toString().contains("'") ? "kc" : home.toString();
            watchdog = Watchdog.guard(process.pid(), command.get(0).equals("setsid"), marker, "TERM");
            server = new EmbeddedKeycloakServer(process, watchdog, httpPort, managementPort,
                    home, logFile, locked.channel, locked.lock);
            Runtime.getRuntime().addShutdownHook(server.shutdownHook);
            server.awaitReady(options.startupTimeout);
            log.info("Keycloak ready at {} in {} ms (log: {})", server.issuerUri(),
                    (System.nanoTime() - started) / 1_000_000, logFile);
            ok = true;
            return server;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("could not start Keycloak from " + home, ex);
        }
        finally {
            if (!ok && server != null) {
                server.close();
            }
            else if (!ok) {
                if (process != null) {
                    stop(process);
                }
                if (watchdog != null) {
                    watchdog.cancel();
                }
                locked.release();
            }
        }
    }

    private void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest
            .newBuilder(URI.create(issuerUri() + "/.well-known/openid-configuration"))
            .timeout(Duration.ofSeconds(5))
            .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!this.process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + this.process.exitValue()
                        + " before it was ready; last lines of " + this.logFile + ":\n" + tail(40));
            }
            try {
                HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            }
            catch (IOException ex) {
                // not listening yet
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Keycloak", ex);
            }
            sleep(500);
        }
        throw new IllegalStateException("Keycloak not ready after " + timeout.toSeconds() + " s; last lines of "
                + this.logFile + ":\n" + tail(40));
    }

    private String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(this.logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        }
        catch (IOException | UncheckedIOException ex) {
            return "(log unreadable: " + ex + ")";
        }
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + this.httpPort;
    }

    /** {@code http://127.0.0.1:<port>/realms/clinics} - the {@code iss} of every token. */
    public String issuerUri() {
        return baseUrl() + "/realms/" + REALM;
    }

    public int httpPort() {
        return this.httpPort;
    }

    public int managementPort() {
        return this.managementPort;
    }

    /** The home actually used (may be {@code <home>-2} ... when the requested one was busy). */
    public Path home() {
        return this.home;
    }

    public Path logFile() {
        return this.logFile;
    }

    /** Stops Keycloak: TERM to its process group, KILL after 10 s. */
    @Override
    public synchronized void close() {
        if (this.closed) {
            return;
        }
        this.closed = true;
        if (Thread.currentThread() != this.shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
            }
            catch (IllegalStateException ex) {
                // shutting down already
            }
        }
        try {
            stop(this.process);
        }
        finally {
            this.watchdog.cancel();
            try {
                this.lock.release();
                this.lockChannel.close();
            }
            catch (IOException ex) {
                // released with the channel anyway
            }
        }
    }

    private static void stop(Process process) {
        long pid = process.pid();
        List<ProcessHandle> tree = new ArrayList<>();
        process.descendants().forEach(tree::add);
        if (!Watchdog.signal("TERM", "-" + pid)) { // not a group leader (no setsid): signal the tree
            tree.forEach(ProcessHandle::destroy);
            process.destroy();
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                Watchdog.signal("KILL", "-" + pid);
                tree.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
            for (ProcessHandle handle : tree) {
                handle.onExit().get(10, TimeUnit.SECONDS);
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        catch (Exception ex) {
            tree.forEach(ProcessHandle::destroyForcibly);
        }
    }

    // --- home directory -------------------------------------------------------------------------------------

    private record Locked(Path home, FileChannel channel, FileLock lock) {

        void release() {
            try {
                this.lock.release();
                this.channel.close();
            }
            catch (IOException ex) {
                // ignore
            }
        }

    }

    private static Locked lockHome(Path requested, boolean alternate) {
        for (int i = 1; i <= 20; i++) {
            Path home = (i == 1) ? requested : requested.resolveSibling(requested.getFileName() + "-" + i);
            Path lockFile = home.resolveSibling(home.getFileName() + ".lock");
            try {
                Files.createDirectories(lockFile.getParent());
                FileChannel channel = new RandomAccessFile(lockFile.toFile(), "rw").getChannel();
                FileLock lock;
                try {
                    lock = channel.tryLock();
                }
                catch (OverlappingFileLockException ex) {
                    lock = null;
                }
                if (lock != null) {
                    return new Locked(home, channel, lock);
                }
                channel.close();
            }
            catch (IOException ex) {
                throw new UncheckedIOException("could not lock " + lockFile, ex);
            }
            if (!alternate) {
                throw new IllegalStateException("Keycloak home " + home + " is in use by another process");
            }
        }
        throw new IllegalStateException("all Keycloak homes next to " + requested + " are in use");
    }

    /** Unpacks the distribution into {@code home} unless it is there; true when it unpacked. */
    private static boolean ensureUnpacked(Path home) throws IOException {
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            return false;
        }
        Path zip = InfraSettings.keycloakDistributionZip();
        Path tmp = home.resolveSibling(home.getFileName() + ".unpacking-" + ProcessHandle.current().pid());
        deleteRecursively(tmp);
        long started = System.nanoTime();
        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = zipFile.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue; // the top-level folder keycloak-<ver>/
                }
                Path target = tmp.resolve(name.substring(slash + 1)).normalize();
                if (!target.startsWith(tmp)) {
                    throw new IOException("bad zip entry " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zipFile.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                if (name.endsWith(".sh")) {
                    target.toFile().setExecutable(true, false);
                }
            }
        }
        if (Files.isDirectory(home)) {
            try (Stream<Path> entries = Files.list(home)) {
                if (entries.findAny().isPresent()) {
                    deleteRecursively(tmp);
                    throw new IllegalStateException(home + " exists but holds no Keycloak distribution (no bin/kc.sh)");
                }
            }
            Files.delete(home);
        }
        try {
            Files.move(tmp, home, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (FileAlreadyExistsException ex) {
            deleteRecursively(tmp);
        }
        log.info("unpacked {} into {} in {} ms", zip.getFileName(), home, (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    private static Path copyRealm(Path home, Options options) throws IOException {
        if (!options.importRealm) {
            return null;
        }
        Path importDir = home.resolve("data").resolve("import");
        Files.createDirectories(importDir);
        Path target = importDir.resolve(REALM + "-realm.json");
        if (options.realmFile != null) {
            Files.copy(options.realmFile, target, StandardCopyOption.REPLACE_EXISTING);
        }
        else {
            try (InputStream in = EmbeddedKeycloakServer.class.getClassLoader().getResourceAsStream(REALM_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("realm file " + REALM_RESOURCE + " not on the classpath");
                }
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", ex);
        }
    }

}
