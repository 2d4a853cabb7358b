package com.clinicchain.systemtest;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.clinicchain.localstack.App;
import com.clinicchain.localstack.AppPorts;
import com.clinicchain.localstack.Apps;
import com.clinicchain.localstack.Infra;
import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.ChainRegistry;
import com.clinicchain.testsupport.Infrastructure;
import com.clinicchain.testsupport.Tokens;

/**
 * The four apps, started once per test JVM on the test infrastructure with the demo chains' clinics and
 * practitioners registered, and shared by every system test.
 */
public final class RunningPlatform {

    private static Apps apps;

    private RunningPlatform() {
    }

    public static synchronized Apps get() {
        if (apps == null) {
            Infrastructure infra = Infrastructure.get();
            apps = Apps.start(Path.of(System.getProperty("project.root")), System.getProperty("project.version"),
                    new Infra(infra::jdbcUrl, infra.dbUsername(), infra.dbPassword(),
                            infra.kafkaBootstrapServers(), infra.issuerUri()),
                    AppPorts.free(), Path.of("target", "app-logs"), false);
            Runtime.getRuntime().addShutdownHook(new Thread(apps::close, "stop-platform"));
            ChainRegistry.registerDemoChains(new ApiClient(apps.gatewayUrl()), Tokens::password);
            awaitPatientServiceKnowsTheClinics(infra);
        }
        return apps;
    }

    /**
     * The patient service hears of the registry's clinics over {@code clinic-events}, as inventory does, and takes
     * patients only at clinics it has heard of: waits (as {@link ChainRegistry} waits for inventory) until its read
     * model has every demo clinic, so that a first registration does not race the event. Read from its database:
     * the service shows its copy of the registry nowhere in its API.
     */
    private static void awaitPatientServiceKnowsTheClinics(Infrastructure infra) {
        List<String> clinicIds = ChainRegistry.CLINICS.stream().map(ChainRegistry.Clinic::clinicId).toList();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        try (Connection db = DriverManager.getConnection(infra.jdbcUrl(App.PATIENT.database()), infra.dbUsername(),
                infra.dbPassword()); PreparedStatement known = db.prepareStatement(
                "select count(distinct clinic_id) from clinic where clinic_id = any (?)")) {
            known.setArray(1, db.createArrayOf("varchar", clinicIds.toArray()));
            while (true) {
                try (ResultSet count = known.executeQuery()) {
                    count.next();
                    if (count.getInt(1) == clinicIds.size()) {
                        return;
                    }
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("timed out waiting until the patient service knows " + clinicIds);
                }
                Thread.sleep(200);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
