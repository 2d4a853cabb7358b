package com.clinicchain.patient.patient;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.clinicchain.patient.audit.AccessAction;

/**
 * Marks an endpoint that touches a patient record, with the roles that may call it. {@link RoleCheckBeforeBinding}
 * refuses (and audits) other roles before the request body and parameters are read, so that a wrong role gets the
 * same audited 403 whether or not its body would have been valid. The service still checks again through
 * {@link PatientAccess}.
 *
 * @param partnerScope a partner system with this scope is let through to the endpoint, which applies its own
 *                     consent rule; empty: partners are refused like any other caller without the roles
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PatientRecordAccess {

    AccessAction action();

    AllowedRoles allowed();

    String partnerScope() default "";
}
