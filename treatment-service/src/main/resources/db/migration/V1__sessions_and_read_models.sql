create table injection_session (
    id               uuid primary key,
    chain_id         varchar(64)  not null,
    clinic_id        varchar(64)  not null,
    patient_id       uuid         not null,
    practitioner     varchar(64),
    product_id       uuid         not null,
    starts_at        timestamptz  not null,
    duration_minutes int          not null,
    expected_units   int          not null check (expected_units > 0),
    status           varchar(20)  not null,
    stock_status     varchar(20)  not null,
    booked_by        varchar(64)  not null,
    completed_by     varchar(64),
    completed_at     timestamptz,
    version          int          not null default 0
);
create index injection_session_patient on injection_session (chain_id, patient_id);

-- Lot and expiry are copied onto each injection so that a recall finds every patient of a lot.
create table injection (
    id          uuid primary key,
    session_id  uuid        not null references injection_session (id),
    area        varchar(40) not null,
    units       int         not null check (units > 0),
    vial_id     uuid        not null,
    lot_number  varchar(64) not null,
    expiry_date date        not null
);
create index injection_lot on injection (lot_number);

-- Read model of the patient service's consents, kept from ConsentGranted / ConsentWithdrawn.
create table patient_consent (
    consent_id   uuid primary key,
    chain_id     varchar(64) not null,
    patient_id   uuid        not null,
    consent_type varchar(40) not null,
    signed_at    timestamptz not null,
    expires_at   timestamptz,
    withdrawn_at timestamptz
);
create index patient_consent_patient on patient_consent (patient_id, consent_type);

-- Read model of the inventory service's vials, kept from LotReceived.
create table known_vial (
    vial_id        uuid primary key,
    chain_id       varchar(64) not null,
    clinic_id      varchar(64) not null,
    product_id     uuid        not null,
    lot_id         uuid        not null,
    lot_number     varchar(64) not null,
    expiry_date    date        not null,
    units_per_vial int         not null
);
