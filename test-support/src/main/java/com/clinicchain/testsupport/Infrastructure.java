package com.clinicchain.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import com.clinicchain.embedded.Databases;
import com.clinicchain.embedded.EmbeddedKafkaServer;
import com.clinicchain.embedded.EmbeddedKeycloakServer;
import com.clinicchain.embedded.EmbeddedPostgresServer;
import com.clinicchain.embedded.InfraSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The real infrastructure of the clinic platform for tests: PostgreSQL 17, Kafka (KRaft) and Keycloak with the
 * {@code clinics} realm. One instance per JVM, each part started lazily on first use, reused by every test and
 * stopped by a shutdown hook.
 * <p>
 * Docker is asked once: with a Docker engine the parts come from Testcontainers, without one from the embedded
 * servers in {@link com.clinicchain.embedded}. Tests never see the difference.
 */
public final class Infrastructure {

    private static final Logger log = LoggerFactory.getLogger(Infrastructure.class);

    public static final String POSTGRES_IMAGE = "postgres:17";

    public static final String KAFKA_IMAGE = "apache/kafka:4.1.0";

    public static final String KEYCLOAK_IMAGE = "quay.io/keycloak/keycloak:" + InfraSettings.keycloakVersion();

    private static volatile Infrastructure instance;

    private final boolean docker;

    private final Part<Postgres> postgres;

    private final Part<Kafka> kafka;

    private final Part<Keycloak> keycloak;

    private Infrastructure(boolean docker) {
        this.docker = docker;
        this.postgres = new Part<>("PostgreSQL", docker ? Infrastructure::containerPostgres : Infrastructure::embeddedPostgres);
        this.kafka = new Part<>("Kafka", docker ? Infrastructure::containerKafka : Infrastructure::embeddedKafka);
        this.keycloak = new Part<>("Keycloak", docker ? Infrastructure::containerKeycloak : Infrastructure::embeddedKeycloak);
    }

    /** The JVM-wide instance. */
    public static Infrastructure get() {
        Infrastructure result = instance;
        if (result == null) {
            synchronized (Infrastructure.class) {
                result = instance;
                if (result == null) {
                    result = new Infrastructure(dockerAvailable());
                    Infrastructure created = result;
                    Runtime.getRuntime().addShutdownHook(new Thread(created::close, "clinic-infrastructure-shutdown"));
                    instance = result;
                }
            }
        }
        return result;
    }

    private static boolean dockerAvailable() {
        boolean available;
        if (Boolean.getBoolean("clinic.test.embedded")) {
            available = false;
        }
        else {
            try {
                available = DockerClientFactory.instance().isDockerAvailable();
            }
            catch (Throwable ex) {
                available = false;
            }
        }
        log.info(available ? "using Testcontainers"
                : "no Docker engine: using embedded PostgreSQL, KRaft Kafka and Keycloak");
        return available;
    }

    /** True when the parts come from Testcontainers. */
    public boolean usesDocker() {
        return this.docker;
    }

    /** JDBC URL of {@code database}, created on first use. */
    public String jdbcUrl(String database) {
        return this.postgres.get().jdbcUrl(database);
    }

    public String dbUsername() {
        return this.postgres.get().username();
    }

    public String dbPassword() {
        return this.postgres.get().password();
    }

    public String kafkaBootstrapServers() {
        return this.kafka.get().bootstrapServers();
    }

    /** e.g. {@code http://127.0.0.1:38111}. */
    public String keycloakBaseUrl() {
        return this.keycloak.get().baseUrl();
    }

    /** {@code keycloakBaseUrl() + "/realms/clinics"}: the issuer of every token. */
    public String issuerUri() {
        return keycloakBaseUrl() + "/realms/" + EmbeddedKeycloakServer.REALM;
    }

    // --- faults, for the fault-injection tests ---------------------------------------------------------------------

    /**
     * Takes the Kafka broker away, keeping its address and its data (topics, records, committed offsets): producers
     * and consumers see an outage until {@link #startKafka()}.
     */
    public void stopKafka() {
        this.kafka.get().stopBroker();
    }

    /** Brings back the broker {@link #stopKafka()} took away, on the same address with the same data. */
    public void startKafka() {
        this.kafka.get().startBroker();
    }

    /**
     * Restarts PostgreSQL: every connection is cut, the server stays down for {@code downtime} and comes back on the
     * same address with the same data. One server holds every service's database, so this is a restart of each
     * service's database at once.
     */
    public void restartPostgres(Duration downtime) {
        this.postgres.get().restart(downtime);
    }

    /** Stops every part that was started (the shutdown hook does this too). */
    public void close() {
        this.keycloak.close();
        this.kafka.close();
        this.postgres.close();
    }

    // --- the three parts --------------------------------------------------------------------------------------

    interface Postgres extends AutoCloseable {

        String jdbcUrl(String database);

        String username();

        String password();

        void restart(Duration downtime);

        @Override
        void close();

    }

    interface Kafka extends AutoCloseable {

        String bootstrapServers();

        void stopBroker();

        void startBroker();

        @Override
        void close();

    }

    interface Keycloak extends AutoCloseable {

        String baseUrl();

        @Override
        void close();

    }

    private static final class Part<T extends AutoCloseable> {

        private final String name;

        private final Supplier<T> factory;

        private T value;

        private RuntimeException failure;

        private boolean closed;

        Part(String name, Supplier<T> factory) {
            this.name = name;
            this.factory = factory;
        }

        synchronized T get() {
            if (this.closed) {
                throw new IllegalStateException(this.name + " was already stopped (JVM shutting down)");
            }
            if (this.value == null) {
                if (this.failure != null) {
                    throw new IllegalStateException(this.name + " failed to start earlier", this.failure);
                }
                try {
                    this.value = this.factory.get();
                }
                catch (RuntimeException ex) {
                    this.failure = ex;
                    throw ex;
                }
            }
            return this.value;
        }

        synchronized void close() {
            this.closed = true;
            if (this.value != null) {
                try {
                    this.value.close();
                }
                catch (Exception ex) {
                    log.warn("could not stop {}", this.name, ex);
                }
                this.value = null;
            }
        }

    }

    // --- without Docker: embedded servers -----------------------------------------------------------------------

    private static Postgres embeddedPostgres() {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(0, null);
        return new Postgres() {
            public String jdbcUrl(String database) {
                return server.jdbcUrl(database);
            }

            public String username() {
                return server.username();
            }

            public String password() {
                return server.password();
            }

            public void restart(Duration downtime) {
                server.restart(downtime);
            }

            public void close() {
                server.close();
            }
        };
    }

    private static Kafka embeddedKafka() {
        EmbeddedKafkaServer server = EmbeddedKafkaServer.start(0);
        return new Kafka() {
            public String bootstrapServers() {
                return server.bootstrapServers();
            }

            public void stopBroker() {
                server.stopBroker();
            }

            public void startBroker() {
                server.startBroker();
            }

            public void close() {
                server.close();
            }
        };
    }

    private static Keycloak embeddedKeycloak() {
        EmbeddedKeycloakServer server = EmbeddedKeycloakServer.start(EmbeddedKeycloakServer.Options.defaults()
            .home(EmbeddedKeycloakServer.defaultTestHome())
            .database(EmbeddedKeycloakServer.Database.DEV_MEM));
        return new Keycloak() {
            public String baseUrl() {
                return server.baseUrl();
            }

            public void close() {
                server.close();
            }
        };
    }

    // --- with Docker: Testcontainers ------------------------------------------------------------------------------

    private static Postgres containerPostgres() {
        PostgreSQLContainer container = new PostgreSQLContainer(DockerImageName.parse(POSTGRES_IMAGE));
        // a fixed host port, so that the server keeps its address when the container is stopped and started again
        container.setPortBindings(List.of(InfraSettings.freePort() + ":5432"));
        container.start();
        String host = container.getHost();
        int port = container.getMappedPort(5432);
        String admin = "jdbc:postgresql://" + host + ":" + port + "/" + container.getDatabaseName();
        return new Postgres() {
            public String jdbcUrl(String database) {
                Databases.createIfAbsent(admin, container.getUsername(), container.getPassword(), database);
                return "jdbc:postgresql://" + host + ":" + port + "/" + database;
            }

            public String username() {
                return container.getUsername();
            }

            public String password() {
                return container.getPassword();
            }

            public void restart(Duration downtime) {
                Containers.stop(container);
                Containers.pause(downtime);
                Containers.start(container);
                Containers.awaitUntil(Duration.ofMinutes(1), () -> Databases.canConnect(admin, username(), password()));
            }

            public void close() {
                container.stop();
            }
        };
    }

    private static Kafka containerKafka() {
        KafkaContainer container = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE));
        // a fixed host port: the advertised listener, written once at start, stays right after a stop and start
        container.setPortBindings(List.of(InfraSettings.freePort() + ":9092"));
        container.start();
        return new Kafka() {
            public String bootstrapServers() {
                return container.getBootstrapServers();
            }

            // docker stop/start keeps the container's file system, so the broker's log directory survives
            public void stopBroker() {
                Containers.stop(container);
            }

            public void startBroker() {
                Containers.start(container);
                Containers.awaitUntil(Duration.ofMinutes(1), () -> Containers.kafkaAnswers(bootstrapServers()));
            }

            public void close() {
                container.stop();
            }
        };
    }

    @SuppressWarnings("resource")
    private static Keycloak containerKeycloak() {
        // a fixed host port chosen up front, so the issuer Keycloak puts into tokens (--hostname) is the URL tests use
        int hostPort = InfraSettings.freePort();
        String host = DockerClientFactory.instance().dockerHostIpAddress();
        String baseUrl = "http://" + host + ":" + hostPort;
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(KEYCLOAK_IMAGE))
            .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
            .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")
            .withCopyFileToContainer(MountableFile.forClasspathResource(EmbeddedKeycloakServer.REALM_RESOURCE),
                    "/opt/keycloak/data/import/clinics-realm.json")
            .withCommand("start-dev", "--import-realm", "--hostname=" + baseUrl, "--health-enabled=true")
            .withExposedPorts(8080, 9000)
            .waitingFor(Wait.forHttp("/realms/" + EmbeddedKeycloakServer.REALM + "/.well-known/openid-configuration")
                .forPort(8080)
                .withStartupTimeout(Duration.ofMinutes(3)));
        container.setPortBindings(List.of(hostPort + ":8080"));
        container.start();
        return new Keycloak() {
            public String baseUrl() {
                return baseUrl;
            }

            public void close() {
                container.stop();
            }
        };
    }

}
