package com.clinicchain.browsertest;

import java.nio.file.Path;
import java.util.List;

import com.clinicchain.localstack.App;
import com.clinicchain.localstack.AppPorts;
import com.clinicchain.localstack.Apps;
import com.clinicchain.localstack.Infra;
import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.ChainRegistry;
import com.clinicchain.testsupport.Infrastructure;
import com.clinicchain.testsupport.Tokens;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * The real platform (Keycloak, the services, the gateway) and the staff web application, started once per test JVM on
 * the test infrastructure, and one headless Chromium for every test.
 */
final class BrowserPlatform {

    /** Debian's chromium; Playwright downloads no browser here (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1). */
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    private static BrowserPlatform instance;

    private final Apps apps;
    private final Playwright playwright;
    private final Browser browser;

    private BrowserPlatform(Apps apps, Playwright playwright, Browser browser) {
        this.apps = apps;
        this.playwright = playwright;
        this.browser = browser;
    }

    static synchronized BrowserPlatform get() {
        if (instance == null) {
            Infrastructure infra = Infrastructure.get();
            Apps apps = Apps.start(Path.of(System.getProperty("project.root")), System.getProperty("project.version"),
                    new Infra(infra::jdbcUrl, infra.dbUsername(), infra.dbPassword(), infra.kafkaBootstrapServers(),
                            infra.issuerUri()),
                    AppPorts.free(), Path.of("target", "app-logs"), false, true, process -> { });
            // the chain's clinics and practitioners, as an admin registers them, before anyone books
            ChainRegistry.registerDemoChains(new ApiClient(apps.gatewayUrl()), Tokens::password);
            ChainRegistry.awaitPatientServiceKnowsTheClinics(infra, App.PATIENT.database());
            new KeycloakAdmin(infra.keycloakBaseUrl()).pointBackChannelLogoutAt(
                    apps.url(App.STAFF_WEB) + "/logout/connect/back-channel/keycloak");
            Playwright playwright = Playwright.create();
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM).setHeadless(true)
                    // nothing but the platform: no updates, no sync, no Google services, no QUIC probing
                    .setArgs(List.of("--disable-background-networking", "--disable-component-update",
                            "--disable-sync", "--no-first-run", "--disable-quic")));
            instance = new BrowserPlatform(apps, playwright, browser);
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "stop-browser-platform"));
        }
        return instance;
    }

    String staffWebUrl() {
        return apps.url(App.STAFF_WEB);
    }

    long pid(App app) {
        return apps.pid(app);
    }

    String gatewayUrl() {
        return apps.gatewayUrl();
    }

    String keycloakUrl() {
        return Infrastructure.get().keycloakBaseUrl();
    }

    Browser browser() {
        return browser;
    }

    private void close() {
        try {
            browser.close();
            playwright.close();
        } finally {
            apps.close();
        }
    }

}
