package com.clinicchain.kit.security;

import java.util.Set;

import com.clinicchain.kit.problem.ProblemException;

/**
 * Who is calling, as the token says: the only source of chain, clinics, roles and scopes. Controllers
 * take it as a method argument; nothing of it is ever read from a request body.
 *
 * @param id        the token subject (a Keycloak user id, or the service account of a partner client)
 * @param partner   whether this is a partner system using client credentials rather than a member of staff
 */
public record Caller(String id, String username, String chainId, Set<String> clinicIds, Set<String> roles,
                     Set<String> scopes, boolean partner) {

    public static final String PRACTITIONER = "practitioner";
    public static final String RECEPTIONIST = "receptionist";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    /** Staff act only at their own clinics; admins and partners at every clinic of their chain. */
    public boolean mayActAt(String clinicId) {
        return hasRole(ADMIN) || partner || clinicIds.contains(clinicId);
    }

    /** Refuses, with 403, a write at a clinic the caller does not work at. */
    public void requireActAt(String clinicId) {
        if (!mayActAt(clinicId)) {
            throw ProblemException.forbidden("you do not work at clinic " + clinicId);
        }
    }
}
