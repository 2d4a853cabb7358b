package com.clinicchain.systemtest.matrix;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The chain-A records one operation is aimed at, created on first use: each operation gets its own, so that a
 * recall, an erasure or a cancellation cannot change what the next operation finds.
 */
final class Fixture {

    private final ChainA chain;
    private String patient;
    private String consent;
    private String session;
    private boolean completed;
    private String followUp;
    private String adverseEvent;
    private JsonNode lot;
    private String fridge;
    private String transfer;
    private String transferVial;

    Fixture(ChainA chain) {
        this.chain = chain;
    }

    ChainA chain() {
        return chain;
    }

    /**
     * The record a path parameter names, by the path segment in front of it ({@code /patients/{id}}); null when
     * the matrix knows no such record, so that a new kind of resource fails the test until it gets a fixture.
     */
    String byPathSegment(String segment) {
        return switch (segment) {
            case "patients" -> patient();
            case "consents" -> consent();
            case "sessions" -> session();
            case "follow-ups" -> followUp();
            case "adverse-events" -> adverseEvent();
            case "lots" -> lotId();
            case "vials" -> vial();
            case "fridges" -> fridge();
            case "transfers" -> transfer();
            case "recalls" -> chain.lotNumberGivenToPatients();
            default -> null;
        };
    }

    String patient() {
        if (patient == null) {
            patient = chain.patient();
        }
        return patient;
    }

    String consent() {
        if (consent == null) {
            consent = chain.consentOf(patient());
        }
        return consent;
    }

    String session() {
        if (session == null) {
            if (patient == null) {
                patient = chain.consentedPatient();
            }
            session = chain.session(patient);
        }
        return session;
    }

    /** A patient the treatment service already knows to have consented: the patient of the session. */
    String bookablePatient() {
        session();
        return patient;
    }

    /** The session, checked in (a practitioner starts only a checked-in session). */
    String checkedInSession() {
        chain.call(200, Identity.RECEPTIONIST, "POST", "/api/sessions/" + session() + "/check-in", null);
        return session;
    }

    /** The session, completed by the nurse (adverse events and follow-ups come after a treatment). */
    String completedSession() {
        if (!completed) {
            chain.complete(session());
            completed = true;
        }
        return session;
    }

    String followUp() {
        if (followUp == null) {
            followUp = chain.followUpOf(completedSession());
        }
        return followUp;
    }

    /** A headache the nurse recorded after the completed session. */
    String adverseEvent() {
        if (adverseEvent == null) {
            adverseEvent = chain.call(201, Identity.PRACTITIONER, "POST", "/api/sessions/" + completedSession()
                    + "/adverse-events", Map.of("type", "HEADACHE", "severity", "MILD",
                    "onsetAt", OffsetDateTime.now(ZoneOffset.UTC).toString())).get("id").asString();
            chain.secrets().add(adverseEvent);
        }
        return adverseEvent;
    }

    JsonNode lot() {
        if (lot == null) {
            lot = chain.lot();
        }
        return lot;
    }

    String lotId() {
        return lot().get("id").asString();
    }

    String quarantinedLot() {
        chain.call(200, Identity.MANAGER, "POST", "/api/inventory/lots/" + lotId() + "/quarantine",
                Map.of("reason", "matrix: fridge door left open"));
        return lotId();
    }

    /** The fixture's vial, quarantined by its fridge: a fridge holding its lot read 11 °C for 40 minutes. */
    String quarantinedVial() {
        String warmFridge = chain.fridge();
        chain.call(200, Identity.MANAGER, "POST", "/api/inventory/fridges/" + warmFridge + "/lots",
                Map.of("lotId", lotId()));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (OffsetDateTime at : List.of(now.minusMinutes(40), now.minusSeconds(5))) {
            chain.call(201, Identity.MANAGER, "POST", "/api/inventory/fridges/" + warmFridge + "/readings",
                    Map.of("celsius", 11.0, "at", at.toString()));
        }
        return vial();
    }

    String vial() {
        return lot().get("vialIds").get(0).asString();
    }

    /** Another sealed vial of the lot, the one a transfer takes. */
    String transferVial() {
        if (transferVial == null) {
            transferVial = lot().get("vialIds").get(1).asString();
        }
        return transferVial;
    }

    String fridge() {
        if (fridge == null) {
            fridge = chain.fridge();
        }
        return fridge;
    }

    String transfer() {
        if (transfer == null) {
            transfer = chain.transfer(transferVial());
        }
        return transfer;
    }

    String dispatchedTransfer() {
        chain.call(200, Identity.MANAGER, "POST", "/api/inventory/transfers/" + transfer() + "/dispatch", null);
        return transfer;
    }
}
