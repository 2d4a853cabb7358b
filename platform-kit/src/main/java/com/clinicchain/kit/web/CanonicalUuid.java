package com.clinicchain.kit.web;

import java.util.UUID;
import java.util.regex.Pattern;

/** A UUID as RFC 9562 writes it: 36 characters, hex digits in groups of 8-4-4-4-12, either case. */
final class CanonicalUuid {

    private static final Pattern CANONICAL = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private CanonicalUuid() {
    }

    static UUID parse(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (!CANONICAL.matcher(text).matches()) {
            throw new IllegalArgumentException("not a canonical UUID");
        }
        return UUID.fromString(text);
    }
}
