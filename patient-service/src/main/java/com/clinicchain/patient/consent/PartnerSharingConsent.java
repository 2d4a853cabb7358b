package com.clinicchain.patient.consent;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.clinicchain.patient.patient.PartnerSharing;

/** Partners see a patient only while a PARTNER_DATA_SHARING consent is valid: signed, unexpired, unwithdrawn. */
@Component
class PartnerSharingConsent implements PartnerSharing {

    private final Consents consents;

    PartnerSharingConsent(Consents consents) {
        this.consents = consents;
    }

    @Override
    public boolean allowsSharing(String chainId, UUID patientId, Instant at) {
        return consents.validAt(chainId, patientId, ConsentType.PARTNER_DATA_SHARING, at).isPresent();
    }

    @Override
    public Set<UUID> sharingAmong(String chainId, Collection<UUID> patientIds, Instant at) {
        return consents.withValid(chainId, patientIds, ConsentType.PARTNER_DATA_SHARING, at);
    }
}
