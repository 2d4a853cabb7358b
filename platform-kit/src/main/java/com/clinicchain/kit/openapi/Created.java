package com.clinicchain.kit.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a handler that answers {@code ResponseEntity.created(...)}: 201 with {@code Location} in the OpenAPI
 * document ({@link ContractCustomizer}), where springdoc, which cannot see the status set in the method's body,
 * would say 200. Documentation only: the status itself is the handler's.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Created {

    /** Whether the answer names the new record in {@code Location}. */
    boolean location() default true;
}
