package com.clinicchain.patient.patient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;

/** Every query takes the caller's chain: there is no way to read a patient without naming it. */
@Repository
public class Patients {

    // More name parts than this is not a search reception makes; it only makes the query slower.
    private static final int MAX_NAME_PARTS = 4;

    private final JdbcClient jdbc;

    Patients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Patient> find(String chainId, UUID id) {
        return jdbc.sql("select * from patient where chain_id = ? and id = ?").params(chainId, id)
                .query(Patients::map).optional();
    }

    /** The chain's patients among {@code ids}, in one query; ids of no patient of the chain are simply absent. */
    List<Patient> findAll(String chainId, Collection<UUID> ids) {
        return jdbc.sql("select * from patient where chain_id = ? and id = any (?)")
                .params(chainId, ids.toArray(UUID[]::new)).query(Patients::map).list();
    }

    /** Name parts match the start of the given or the family name, in either order; stable sort by name, then id. */
    PageResponse<Patient> search(String chainId, PatientSearch search, PageRequest page) {
        StringBuilder where = new StringBuilder("chain_id = :chain");
        List<Object[]> params = new ArrayList<>();
        params.add(new Object[] {"chain", chainId});
        if (!PatientSearch.blank(search.q())) {
            String[] parts = searchText(search.q()).split("\\s+");
            // Byte-wise ranges (text_pattern_ops) beside the LIKE: once the driver uses a server-side prepared
            // statement, PostgreSQL may plan generically, and "like $1" alone cannot use an index in such a plan.
            // The folding (accents, case) stays a statement of its own: folded inside this one, the generic plan
            // calls unaccent again for every row it filters (tried and measured: 2 ms instead of 0.3).
            for (int i = 0; i < Math.min(parts.length, MAX_NAME_PARTS); i++) {
                where.append(" ").append("""
                         and ((search_given ~>=~ :n%1$d and search_given ~<~ (:n%1$d || chr(1114111))
                               and search_given like :p%1$d)
                           or (search_family ~>=~ :n%1$d and search_family ~<~ (:n%1$d || chr(1114111))
                               and search_family like :p%1$d))""".formatted(i));
                params.add(new Object[] {"n" + i, parts[i]});
                params.add(new Object[] {"p" + i, escapeLike(parts[i]) + "%"});
            }
        }
        if (!PatientSearch.blank(search.phone())) {
            where.append(" and phone = :phone");
            params.add(new Object[] {"phone", PatientDetails.normalisePhone(search.phone())});
        }
        if (search.dateOfBirth() != null) {
            where.append(" and date_of_birth = :dob");
            params.add(new Object[] {"dob", search.dateOfBirth()});
        }
        if (!PatientSearch.blank(search.medicalRecordNumber())) {
            where.append(" and medical_record_number = :mrn");
            params.add(new Object[] {"mrn", search.medicalRecordNumber().trim().toUpperCase()});
        }
        // A search brings its total with the page (one round trip fewer). The unfiltered list does not: the window
        // would sort the whole chain, where the index gives the first page at once.
        boolean filtered = params.size() > 1;
        var select = jdbc.sql("select *, " + (filtered ? "count(*) over ()" : "0") + " as total_items from patient"
                + " where " + where + " order by search_family, search_given, id limit :limit offset :offset");
        var count = jdbc.sql("select count(*) from patient where " + where);
        for (Object[] param : params) {
            select = select.param((String) param[0], param[1]);
            count = count.param((String) param[0], param[1]);
        }
        long[] total = {0};
        List<Patient> items = select.param("limit", page.size()).param("offset", page.offset())
                .query((rs, row) -> {
                    total[0] = rs.getLong("total_items");
                    return map(rs, row);
                }).list();
        if (!filtered || (items.isEmpty() && page.offset() > 0)) {
            total[0] = count.query(Long.class).single();
        }
        return new PageResponse<>(items, page.page(), page.size(), total[0]);
    }

    /** The same patient registered twice: same name and birth date, or same phone and birth date. */
    Optional<UUID> findLikelyDuplicate(String chainId, String givenName, String familyName,
                                       LocalDate dateOfBirth, String phone) {
        return jdbc.sql("""
                select id from patient
                where chain_id = :chain and date_of_birth = :dob and erased_at is null
                  and ((search_given = patient_search_text(:given) and search_family = patient_search_text(:family))
                       or phone = :phone)
                order by created_at, id limit 1""")
                .param("chain", chainId).param("dob", dateOfBirth).param("given", givenName)
                .param("family", familyName).param("phone", phone == null ? "" : phone)
                .query(UUID.class).optional();
    }

    String nextMedicalRecordNumber(String chainId) {
        long number = jdbc.sql("""
                insert into medical_record_counter (chain_id, last_number) values (?, 1)
                on conflict (chain_id) do update set last_number = medical_record_counter.last_number + 1
                returning last_number""").param(chainId).query(Long.class).single();
        return "MRN-%06d".formatted(number);
    }

    void insert(Patient patient) {
        jdbc.sql("""
                insert into patient (id, chain_id, medical_record_number, given_name, family_name, date_of_birth, sex,
                                     phone, email, home_clinic_id, preferred_language, version,
                                     street_line_1, street_line_2, street_line_3, postal_code, city, country_code)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(patient.id(), patient.chainId(), patient.medicalRecordNumber(), patient.givenName(),
                        patient.familyName(), patient.dateOfBirth(), patient.sex().name(), patient.phone(),
                        patient.email(), patient.homeClinicId(), patient.preferredLanguage(), patient.version())
                .params(addressColumns(patient.address()))
                .update();
    }

    /** Writes only if nobody changed the record since {@code expectedVersion}; false when someone did. */
    boolean update(Patient patient, int expectedVersion) {
        return jdbc.sql("""
                update patient set given_name = ?, family_name = ?, date_of_birth = ?, sex = ?, phone = ?, email = ?,
                                   home_clinic_id = ?, preferred_language = ?, version = ?,
                                   street_line_1 = ?, street_line_2 = ?, street_line_3 = ?, postal_code = ?, city = ?,
                                   country_code = ?
                where chain_id = ? and id = ? and version = ?""")
                .params(patient.givenName(), patient.familyName(), patient.dateOfBirth(), patient.sex().name(),
                        patient.phone(), patient.email(), patient.homeClinicId(), patient.preferredLanguage(),
                        patient.version())
                .params(addressColumns(patient.address()))
                .params(patient.chainId(), patient.id(), expectedVersion)
                .update() == 1;
    }

    /**
     * Names become "Erased", contact details go, the birth date keeps only its year (age matters clinically); the
     * record number stays so that clinical records elsewhere still resolve. Returns false if already erased.
     */
    boolean erase(String chainId, UUID id, Instant at) {
        return jdbc.sql("""
                update patient set given_name = 'Erased', family_name = 'Erased',
                                   date_of_birth = make_date(extract(year from date_of_birth)::int, 1, 1),
                                   phone = null, email = null, preferred_language = null,
                                   street_line_1 = null, street_line_2 = null, street_line_3 = null,
                                   postal_code = null, city = null, country_code = null,
                                   version = version + 1, erased_at = ?
                where chain_id = ? and id = ? and erased_at is null""")
                .params(Timestamp.from(at), chainId, id).update() == 1;
    }

    private static Patient map(ResultSet rs, int row) throws SQLException {
        return new Patient(rs.getObject("id", UUID.class), rs.getString("chain_id"),
                rs.getString("medical_record_number"), rs.getString("given_name"), rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class), Sex.valueOf(rs.getString("sex")), rs.getString("phone"),
                rs.getString("email"), address(rs), rs.getString("home_clinic_id"), rs.getString("preferred_language"),
                rs.getInt("version"), erasedAt(rs));
    }

    private static PostalAddress address(ResultSet rs) throws SQLException {
        if (rs.getString("city") == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (String column : List.of("street_line_1", "street_line_2", "street_line_3")) {
            if (rs.getString(column) != null) {
                lines.add(rs.getString(column));
            }
        }
        return new PostalAddress(List.copyOf(lines), rs.getString("postal_code"), rs.getString("city"),
                rs.getString("country_code"));
    }

    private static Instant erasedAt(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp("erased_at");
        return at == null ? null : at.toInstant();
    }

    private static List<Object> addressColumns(PostalAddress address) {
        return address == null ? Arrays.asList(null, null, null, null, null, null)
                : Arrays.asList(address.streetLine(0), address.streetLine(1), address.streetLine(2),
                        address.postalCode(), address.city(), address.countryCode());
    }

    private String searchText(String text) {
        return jdbc.sql("select patient_search_text(?)").param(text.strip()).query(String.class).single();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
