package com.clinicchain.kit.web;

import java.io.IOException;

/** A request body went past the limit while it was being read (a chunked body declares no length up front). */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException(long maxBytes) {
        super("a request body may hold at most " + maxBytes + " bytes");
    }
}
