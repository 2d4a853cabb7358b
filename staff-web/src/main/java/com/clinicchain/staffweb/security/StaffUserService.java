package com.clinicchain.staffweb.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Signs the person in with the roles and clinics of their access token (verified against the realm's keys, as the
 * services will verify it). Someone without any of the platform's roles has nothing to do here and is refused.
 */
class StaffUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService oidc = new OidcUserService();
    private final JwtDecoder accessTokens;

    StaffUserService(JwtDecoder accessTokens) {
        this.accessTokens = accessTokens;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = oidc.loadUser(request);
        StaffClaims claims;
        try {
            claims = StaffClaims.of(accessTokens.decode(request.getAccessToken().getTokenValue()).getClaims());
        } catch (JwtException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token", "the access token is not valid",
                    null), e);
        }
        if (claims.roles().isEmpty()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("access_denied",
                    "your account has no role in the clinic platform", null));
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        claims.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        return new StaffUser(authorities, user.getIdToken(), user.getUserInfo(), claims);
    }
}
