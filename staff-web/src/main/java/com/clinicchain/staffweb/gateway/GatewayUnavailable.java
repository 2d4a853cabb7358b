package com.clinicchain.staffweb.gateway;

/** The gateway cannot be reached, or tells that the service behind it is down (502, 503, 504). */
public class GatewayUnavailable extends RuntimeException {

    public GatewayUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
