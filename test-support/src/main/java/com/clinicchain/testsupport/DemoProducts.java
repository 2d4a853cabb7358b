package com.clinicchain.testsupport;

import java.util.UUID;

/**
 * The product that inventory's first migration creates in every database (Botox 100 U), so that tests of any module
 * can book, receive and chart against it without creating a product first.
 */
public final class DemoProducts {

    public static final String BOTOX_ID = "00000000-0000-4000-8000-000000000001";
    public static final UUID BOTOX = UUID.fromString(BOTOX_ID);

    private DemoProducts() {
    }
}
