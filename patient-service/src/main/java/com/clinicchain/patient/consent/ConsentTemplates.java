package com.clinicchain.patient.consent;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class ConsentTemplates {

    private static final String SELECT = """
            select consent_type as type, version, body, published_at, published_by, chain_id is not null as chain_wide
            from consent_template where (chain_id = :chain or chain_id is null)""";

    private final JdbcClient jdbc;

    ConsentTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String chainId, ConsentType type, int version) {
        return jdbc.sql(SELECT + " and consent_type = :type and version = :version").param("chain", chainId)
                .param("type", type.name()).param("version", version).query(ConsentTemplate.class).optional()
                .isPresent();
    }

    /** Newest version first. */
    List<ConsentTemplate> list(String chainId, ConsentType type) {
        return jdbc.sql(SELECT + " and (cast(:type as varchar) is null or consent_type = :type)"
                        + " order by consent_type, version desc")
                .param("chain", chainId).param("type", type == null ? null : type.name())
                .query(ConsentTemplate.class).list();
    }

    /** Numbered after every version the chain can see; two admins publishing at once meet the unique index (409). */
    @Transactional
    ConsentTemplate publish(String chainId, ConsentType type, String body, String publishedBy) {
        int version = jdbc.sql("""
                select coalesce(max(version), 0) + 1 from consent_template
                where (chain_id = ? or chain_id is null) and consent_type = ?""")
                .params(chainId, type.name()).query(Integer.class).single();
        jdbc.sql("""
                insert into consent_template (id, chain_id, consent_type, version, body, published_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), chainId, type.name(), version, body, publishedBy).update();
        return list(chainId, type).get(0);
    }
}
