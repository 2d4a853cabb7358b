package com.clinicchain.treatment.registry;

import java.util.List;

public record PractitionerResponse(String username, String displayName, List<String> clinicIds,
                                   Qualification qualification, boolean active, long revision) {

    static PractitionerResponse of(Practitioner practitioner) {
        return new PractitionerResponse(practitioner.username(), practitioner.displayName(),
                practitioner.clinicIds(), practitioner.qualification(), practitioner.active(),
                practitioner.revision());
    }
}
