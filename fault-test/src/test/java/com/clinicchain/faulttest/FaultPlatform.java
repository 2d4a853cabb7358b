package com.clinicchain.faulttest;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.clinicchain.localstack.App;
import com.clinicchain.localstack.AppPorts;
import com.clinicchain.localstack.Apps;
import com.clinicchain.localstack.Infra;
import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.ChainRegistry;
import com.clinicchain.testsupport.Infrastructure;
import com.clinicchain.testsupport.Tokens;

/**
 * The four apps as separate JVMs on the test infrastructure, started once per test JVM and shared by the fault
 * tests, which run one after the other (junit-platform.properties) and each leave the platform healthy.
 */
final class FaultPlatform {

    /** Access tokens live 300 s; a fresh one well before that. */
    private static final Duration TOKEN_REUSE = Duration.ofSeconds(120);

    private static FaultPlatform instance;

    private final Infrastructure infra;
    private final Apps apps;
    private final ApiClient api;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String jwt, long fetchedAt) {
    }

    private FaultPlatform(Infrastructure infra, Apps apps) {
        this.infra = infra;
        this.apps = apps;
        this.api = new ApiClient(apps.gatewayUrl());
    }

    static synchronized FaultPlatform get() {
        if (instance == null) {
            Infrastructure infra = Infrastructure.get();
            Apps apps = Apps.start(Path.of(System.getProperty("project.root")), System.getProperty("project.version"),
                    new Infra(infra::jdbcUrl, infra.dbUsername(), infra.dbPassword(), infra.kafkaBootstrapServers(),
                            infra.issuerUri()),
                    AppPorts.free(), Path.of("target", "app-logs"), false);
            Runtime.getRuntime().addShutdownHook(new Thread(apps::close, "stop-platform"));
            instance = new FaultPlatform(infra, apps);
            ChainRegistry.registerDemoChains(instance.api, instance::token);
            ChainRegistry.awaitPatientServiceKnowsTheClinics(infra, App.PATIENT.database());
        }
        return instance;
    }

    Infrastructure infra() {
        return infra;
    }

    Apps apps() {
        return apps;
    }

    ApiClient api() {
        return api;
    }

    String token(String username) {
        Token token = tokens.compute(username, (user, cached) ->
                cached != null && System.nanoTime() - cached.fetchedAt() < TOKEN_REUSE.toNanos()
                        ? cached : new Token(Tokens.password(user), System.nanoTime()));
        return token.jwt();
    }

    /** A connection to an app's own database, for checks the API does not show (reservations, outbox). */
    Connection database(App app) throws SQLException {
        return DriverManager.getConnection(infra.jdbcUrl(app.database()), infra.dbUsername(), infra.dbPassword());
    }

}
