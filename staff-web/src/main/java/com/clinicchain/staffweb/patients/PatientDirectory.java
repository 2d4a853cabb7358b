package com.clinicchain.staffweb.patients;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.clinicchain.staffweb.gateway.Gateway;
import com.clinicchain.staffweb.gateway.GatewayProblem;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The patients of a list (a day's sessions, a worklist) in one read of the patient service's batch, instead of one
 * read per row. The service leaves out those the user may not see, and audits each id as a read of that patient.
 */
@Component
public class PatientDirectory {

    /**
     * Ids per read. The service takes 100, but 100 ids make a request line of about 3.9 kB against the gateway's
     * 4 kB limit: half keeps a margin, and a day of up to 50 patients is still one read.
     */
    static final int BATCH = 50;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Patients(List<PatientView> items) {
    }

    private final Gateway gateway;

    PatientDirectory(Gateway gateway) {
        this.gateway = gateway;
    }

    /**
     * The patients the user may see among {@code ids}, by id: one read per {@link #BATCH} distinct ids.
     *
     * @throws GatewayProblem when the patient service refuses the read as a whole
     */
    public Map<UUID, PatientView> byId(Collection<UUID> ids) {
        List<UUID> distinct = List.copyOf(new LinkedHashSet<>(ids));
        Map<UUID, PatientView> patients = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += BATCH) {
            String batch = distinct.subList(from, Math.min(from + BATCH, distinct.size())).stream()
                    .map(UUID::toString).collect(Collectors.joining(","));
            gateway.get("/api/patients/batch?ids={ids}", Patients.class, batch).items()
                    .forEach(patient -> patients.put(patient.id(), patient));
        }
        return patients;
    }
}
