package com.clinicchain.systemtest;

import java.nio.file.Path;

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
            ChainRegistry.awaitPatientServiceKnowsTheClinics(infra, App.PATIENT.database());
        }
        return apps;
    }

}
