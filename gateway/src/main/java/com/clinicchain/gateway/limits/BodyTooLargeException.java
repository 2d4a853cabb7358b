package com.clinicchain.gateway.limits;

/** A request body passed the limit as it streamed in (a chunked body declares no length); answered 413. */
public class BodyTooLargeException extends RuntimeException {

    BodyTooLargeException(long maxBytes) {
        super("The request body may be at most " + maxBytes + " bytes.");
    }
}
