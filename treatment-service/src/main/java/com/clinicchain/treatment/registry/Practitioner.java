package com.clinicchain.treatment.registry;

import java.util.List;

import com.clinicchain.contracts.registry.PractitionerChanged;

/**
 * A practitioner of the chain as the registry holds them.
 *
 * @param username the Keycloak username
 * @param revision 1 at registration, one more with each change
 */
public record Practitioner(String chainId, String username, String displayName, List<String> clinicIds,
                           Qualification qualification, boolean active, long revision) {

    public boolean worksAt(String clinicId) {
        return active && clinicIds.contains(clinicId);
    }

    PractitionerChanged changed() {
        return new PractitionerChanged(username, displayName, clinicIds, qualification.name(), active, revision);
    }
}
