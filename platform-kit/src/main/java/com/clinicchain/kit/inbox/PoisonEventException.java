package com.clinicchain.kit.inbox;

/** A record that can never be processed, however often it is retried; it goes straight to the dead-letter topic. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
