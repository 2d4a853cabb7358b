-- Each screening is a new row; the newest one is current and older ones stay as the history.
create table screening (
    id                uuid primary key,
    patient_id        uuid          not null references patient (id),
    chain_id          varchar(64)   not null,
    recorded_at       timestamptz   not null,
    recorded_by       varchar(100)  not null,
    conditions        varchar(500)  not null,   -- comma-separated codes (Condition)
    medications       varchar(500)  not null,   -- comma-separated codes (Medication)
    other_conditions  varchar(1000),
    other_medications varchar(1000),
    supersedes        uuid references screening (id)
);
create index screening_by_patient on screening (chain_id, patient_id, recorded_at desc, id desc);
