package com.clinicchain.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Build-time facts (Keycloak version, local Maven repository) baked into {@code clinic-infra.properties},
 * so the embedded parts also work when started with {@code java -jar} outside Maven.
 */
public final class InfraSettings {

    private static final Properties PROPERTIES = load();

    private InfraSettings() {
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = InfraSettings.class.getResourceAsStream("/clinic-infra.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return properties;
    }

    /** The Keycloak version this module was built against, e.g. {@code 26.5.6}. */
    public static String keycloakVersion() {
        return System.getProperty("keycloak.version", PROPERTIES.getProperty("keycloak.version"));
    }

    /** The local Maven repository: system property {@code maven.repo.local} wins, then the one used at build time, then {@code ~/.m2/repository}. */
    public static Path mavenRepository() {
        String fromSystem = System.getProperty("maven.repo.local");
        if (fromSystem != null && !fromSystem.isBlank()) {
            return Path.of(fromSystem);
        }
        String fromBuild = PROPERTIES.getProperty("maven.repo.local");
        if (fromBuild != null && !fromBuild.isBlank() && !fromBuild.startsWith("@")) {
            return Path.of(fromBuild);
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /** {@code <repo>/org/keycloak/keycloak-quarkus-dist/<ver>}. */
    public static Path keycloakArtifactDirectory() {
        return mavenRepository().resolve("org/keycloak/keycloak-quarkus-dist").resolve(keycloakVersion());
    }

    /** The distribution zip Maven downloaded for the {@code keycloak-quarkus-dist} dependency. */
    public static Path keycloakDistributionZip() {
        String version = keycloakVersion();
        Path zip = keycloakArtifactDirectory().resolve("keycloak-quarkus-dist-" + version + ".zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak distribution not found at " + zip
                    + " - build a module depending on com.clinicchain:test-support (or run"
                    + " ./mvnw dependency:get -Dartifact=org.keycloak:keycloak-quarkus-dist:" + version + ":zip)");
        }
        return zip;
    }

    /** A port that was free a moment ago on 127.0.0.1. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
