package com.clinicchain.kit.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a handler whose successful answer carries the record's version in {@code ETag}, to send back in
 * {@code If-Match} ({@link ContractCustomizer}). Documentation only.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Versioned {
}
