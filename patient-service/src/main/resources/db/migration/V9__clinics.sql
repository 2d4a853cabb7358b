-- The chain's clinics as the registry (treatment service) publishes them in ClinicChanged: our own copy, so that a
-- patient's home clinic is checked without calling another service. The newest revision wins. Only what the check
-- needs is kept (no name, address or time zone: this service shows none of them). The inbox that applies each event
-- once is the platform kit's (inbox_event, V0_1).
create table clinic (
    chain_id   varchar(64) not null,
    clinic_id  varchar(64) not null,
    active     boolean     not null,
    revision   bigint      not null,
    updated_at timestamptz not null default now(),
    primary key (chain_id, clinic_id)
);
