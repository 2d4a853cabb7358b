-- The chain's clinics as the registry (treatment service) publishes them in ClinicChanged: our own copy, so that
-- inventory answers clinic questions without calling another service. The newest revision wins.
create table clinic (
    chain_id   varchar(64)  not null,
    clinic_id  varchar(64)  not null,
    name       varchar(200) not null,
    time_zone  varchar(64)  not null,
    active     boolean      not null,
    revision   bigint       not null,
    updated_at timestamptz  not null default now(),
    primary key (chain_id, clinic_id)
);
