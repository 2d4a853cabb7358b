package com.clinicchain.patient.patient;

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

    private final JdbcClient jdbc;

    Patients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Patient> find(String chainId, UUID id) {
        return jdbc.sql("select * from patient where chain_id = ? and id = ?").params(chainId, id)
                .query(Patient.class).optional();
    }

    PageResponse<Patient> list(String chainId, PageRequest page) {
        List<Patient> items = jdbc.sql("""
                select * from patient where chain_id = ?
                order by lower(family_name), lower(given_name), id limit ? offset ?""")
                .params(chainId, page.size(), page.offset()).query(Patient.class).list();
        long total = jdbc.sql("select count(*) from patient where chain_id = ?").param(chainId)
                .query(Long.class).single();
        return new PageResponse<>(items, page.page(), page.size(), total);
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
                                     phone, email, home_clinic_id, preferred_language, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(patient.id(), patient.chainId(), patient.medicalRecordNumber(), patient.givenName(),
                        patient.familyName(), patient.dateOfBirth(), patient.sex().name(), patient.phone(),
                        patient.email(), patient.homeClinicId(), patient.preferredLanguage(), patient.version())
                .update();
    }
}
