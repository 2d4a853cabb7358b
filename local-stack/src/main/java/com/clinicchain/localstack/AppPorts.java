package com.clinicchain.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.EnumMap;
import java.util.Map;

public record AppPorts(Map<App, Integer> ports) {

    /** The documented local ports; each overridable by an environment variable such as GATEWAY_PORT. */
    public static AppPorts defaults() {
        Map<App, Integer> ports = new EnumMap<>(App.class);
        ports.put(App.GATEWAY, envPort("GATEWAY_PORT", 8080));
        ports.put(App.PATIENT, envPort("PATIENT_SERVICE_PORT", 8081));
        ports.put(App.TREATMENT, envPort("TREATMENT_SERVICE_PORT", 8082));
        ports.put(App.INVENTORY, envPort("INVENTORY_SERVICE_PORT", 8083));
        ports.put(App.STAFF_WEB, envPort("STAFF_WEB_PORT", 8084));
        return new AppPorts(ports);
    }

    public static AppPorts free() {
        Map<App, Integer> ports = new EnumMap<>(App.class);
        for (App app : App.values()) {
            ports.put(app, freePort());
        }
        return new AppPorts(ports);
    }

    public int of(App app) {
        return ports.get(app);
    }

    static int envPort(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
