package com.clinicchain.staffweb.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** The signed-in person: the OIDC identity plus what their access token says they may do. */
public class StaffUser extends DefaultOidcUser {

    private final StaffClaims claims;

    StaffUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
              StaffClaims claims) {
        super(authorities, idToken, userInfo, "preferred_username");
        this.claims = claims;
    }

    public StaffClaims claims() {
        return claims;
    }

    /** The name to greet with: the full name if Keycloak has one, else the username. */
    public String displayName() {
        String fullName = getFullName();
        return fullName == null || fullName.isBlank() ? claims.username() : fullName;
    }
}
