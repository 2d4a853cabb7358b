package com.clinicchain.contracts;

/** Topic names and header names shared by producers and consumers. */
public final class Events {

    public static final int CURRENT_VERSION = 1;

    public static final String PATIENT_TOPIC = "patient-events";
    public static final String TREATMENT_TOPIC = "treatment-events";
    public static final String INVENTORY_TOPIC = "inventory-events";
    /** The chain's clinics and practitioners (ClinicChanged, PractitionerChanged), owned by the treatment service. */
    public static final String CLINIC_TOPIC = "clinic-events";
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    public static final String HEADER_TYPE = "event-type";
    public static final String HEADER_VERSION = "event-version";
    public static final String HEADER_CORRELATION_ID = "correlation-id";

    private Events() {
    }
}
