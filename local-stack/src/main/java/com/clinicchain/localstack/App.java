package com.clinicchain.localstack;

import java.nio.file.Path;

/** One of the runnable apps, found as the executable jar its module builds. */
public enum App {
    PATIENT("patient-service", "patient_service"),
    TREATMENT("treatment-service", "treatment_service"),
    INVENTORY("inventory-service", "inventory_service"),
    GATEWAY("gateway", null),
    STAFF_WEB("staff-web", null);

    private final String module;
    private final String database;

    App(String module, String database) {
        this.module = module;
        this.database = database;
    }

    public String module() {
        return module;
    }

    /** The app's own database, or null for the gateway and the staff web application, which have none. */
    public String database() {
        return database;
    }

    Path jar(Path projectRoot, String version) {
        return projectRoot.resolve(module).resolve("target").resolve(module + "-" + version + "-exec.jar");
    }
}
