package com.clinicchain.patient.audit;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.kit.security.Caller;
import com.clinicchain.kit.web.CorrelationId;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.kit.web.Pages;

/**
 * The append-only trail of who touched which patient record. Allowed actions are written in the transaction of
 * the change, so an entry exists if and only if the change does; refusals get a transaction of their own, because
 * the request that caused them is about to fail and roll back.
 */
@Component
public class AccessLog {

    private final JdbcClient jdbc;

    AccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void allowed(Caller caller, UUID patientId, AccessAction action) {
        insert(caller, List.of(patientId), action, AccessOutcome.ALLOWED);
    }

    /** One entry per patient a search showed: a search hit reveals the record as much as a read does. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void searchHits(Caller caller, Collection<UUID> patientIds) {
        insert(caller, patientIds, AccessAction.SEARCH_HIT, AccessOutcome.ALLOWED);
    }

    /**
     * One entry per patient of a batch read, each with its own outcome, in one statement. The refusals among them
     * go with the answer, not in a transaction of their own: the batch itself succeeds, without those patients.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void outcomes(Caller caller, AccessAction action, Map<UUID, AccessOutcome> outcomes) {
        insert(caller, outcomes.keySet(), action, outcomes.values().stream().map(AccessOutcome::name).toList());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(Caller caller, UUID patientId, AccessAction action, AccessOutcome outcome) {
        insert(caller, Collections.singletonList(patientId), action, outcome);
    }

    public PageResponse<AccessEntry> page(String chainId, UUID patientId, PageRequest page) {
        return Pages.of(jdbc, page, "select * from patient_access where chain_id = ? and patient_id = ? order by id",
                "select count(*) from patient_access where chain_id = ? and patient_id = ?", List.of(chainId, patientId),
                AccessEntry.class);
    }

    public List<AccessEntry> all(String chainId, UUID patientId) {
        return jdbc.sql("select * from patient_access where chain_id = ? and patient_id = ? order by id")
                .params(chainId, patientId).query(AccessEntry.class).list();
    }

    // One statement for any number of patients: a page of 100 search hits must not cost 100 round trips.
    private void insert(Caller caller, Collection<UUID> patientIds, AccessAction action, AccessOutcome outcome) {
        insert(caller, patientIds, action, Collections.nCopies(patientIds.size(), outcome.name()));
    }

    /** {@code outcomes} holds the outcome of each patient, in the order of {@code patientIds}. */
    private void insert(Caller caller, Collection<UUID> patientIds, AccessAction action, List<String> outcomes) {
        if (patientIds.isEmpty()) {
            return;
        }
        String roles = String.join(",", new TreeSet<>(caller.roles()));
        String ids = patientIds.stream().map(id -> id == null ? "NULL" : id.toString())
                .collect(Collectors.joining(",", "{", "}"));
        jdbc.sql("""
                insert into patient_access (chain_id, patient_id, actor_id, actor_username, actor_roles, client_id,
                                            partner, action, outcome, correlation_id)
                select ?, patient_id, ?, ?, ?, ?, ?, ?, outcome, ?
                from unnest(cast(? as uuid[]), cast(? as varchar[])) with ordinality as hit (patient_id, outcome, n)
                order by n""")
                .params(caller.chainId(), caller.id() == null ? caller.username() : caller.id(), caller.username(),
                        roles.length() > 200 ? roles.substring(0, 200) : roles, clientId(), caller.partner(),
                        action.name(), MDC.get(CorrelationId.MDC_KEY), ids,
                        outcomes.stream().collect(Collectors.joining(",", "{", "}")))
                .update();
    }

    private static String clientId() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token
                ? token.getToken().getClaimAsString("azp") : null;
    }
}
