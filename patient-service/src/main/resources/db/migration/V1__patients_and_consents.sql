create table patient (
    id                    uuid primary key,
    chain_id              varchar(64)  not null,
    medical_record_number varchar(20)  not null,
    given_name            varchar(100) not null,
    family_name           varchar(100) not null,
    date_of_birth         date         not null,
    sex                   varchar(20)  not null,
    phone                 varchar(20),
    email                 varchar(254),
    home_clinic_id        varchar(64)  not null,
    preferred_language    varchar(10),
    version               int          not null default 0,
    created_at            timestamptz  not null default now(),
    unique (chain_id, medical_record_number)
);
create index patient_chain_family_name on patient (chain_id, lower(family_name));

-- One counter per chain: record numbers are dense and never reused.
create table medical_record_counter (
    chain_id varchar(64) primary key,
    last_number bigint not null
);

-- Grants are never edited: a withdrawal is a new fact recorded beside the grant.
create table consent (
    id               uuid primary key,
    patient_id       uuid        not null references patient (id),
    chain_id         varchar(64) not null,
    consent_type     varchar(40) not null,
    template_version int         not null,
    method           varchar(20) not null,
    signed_at        timestamptz not null,
    witnessed_by     varchar(64) not null,
    expires_at       timestamptz,
    withdrawn_at     timestamptz,
    withdrawn_by     varchar(64),
    withdrawal_reason varchar(500),
    recorded_at      timestamptz not null default now()
);
create index consent_patient on consent (patient_id, consent_type);
