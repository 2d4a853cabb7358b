package com.clinicchain.kit.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads Keycloak's claims into our model: realm roles become {@code ROLE_<role>}, scopes become
 * {@code SCOPE_<scope>}. A token without a chain is not a token of this platform.
 */
public class ClinicJwtAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private static final String SERVICE_ACCOUNT = "service-account-";

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Caller caller = callerOf(jwt);
        List<GrantedAuthority> authorities = new ArrayList<>();
        caller.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        caller.scopes().forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
        return new JwtAuthenticationToken(jwt, authorities, caller.username());
    }

    public static Caller callerOf(Jwt jwt) {
        String chainId = jwt.getClaimAsString("chain_id");
        if (chainId == null || chainId.isBlank()) {
            throw new BadJwtException("token carries no chain_id");
        }
        String username = jwt.getClaimAsString("preferred_username");
        // Keycloak issues client-credentials tokens to a "service-account-<client>" user.
        boolean partner = jwt.hasClaim("client_id") || (username != null && username.startsWith(SERVICE_ACCOUNT));
        if (partner) {
            username = jwt.getClaimAsString("azp");
        }
        return new Caller(jwt.getSubject(), username == null ? jwt.getSubject() : username, chainId,
                stringSet(jwt.getClaim("clinic_ids")), realmRoles(jwt), scopes(jwt), partner);
    }

    private static Set<String> realmRoles(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        return realmAccess == null ? Set.of() : stringSet(realmAccess.get("roles"));
    }

    private static Set<String> scopes(Jwt jwt) {
        String scope = jwt.getClaimAsString("scope");
        return scope == null || scope.isBlank() ? Set.of() : Set.of(scope.trim().split("\\s+"));
    }

    private static Set<String> stringSet(Object claim) {
        if (claim instanceof Collection<?> values) {
            Set<String> result = new LinkedHashSet<>();
            values.forEach(value -> result.add(String.valueOf(value)));
            return Set.copyOf(result);
        }
        return claim instanceof String value ? Set.of(value) : Set.of();
    }
}
