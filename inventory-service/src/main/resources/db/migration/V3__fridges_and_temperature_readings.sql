-- The fridges of a clinic and the lots kept in each: a fridge that runs warm too long quarantines its lots.
create table fridge (
    id                   uuid primary key,
    chain_id             varchar(64)  not null,
    clinic_id            varchar(64)  not null,
    name                 varchar(100) not null,
    created_by           varchar(100) not null,
    created_at           timestamptz  not null default now(),
    -- the excursion in progress: when the first reading outside 2–8 °C of an unbroken run was taken
    excursion_started_at timestamptz,
    -- the newest reading's time: older readings arriving late are kept for the history but do not move the state
    last_reading_at      timestamptz,
    unique (chain_id, clinic_id, name)
);

alter table lot add column fridge_id uuid references fridge (id);
create index lot_fridge on lot (fridge_id) where fridge_id is not null;

-- Kept for the history view and the inspector: never updated, never deleted.
create table temperature_reading (
    id          uuid primary key,
    fridge_id   uuid         not null references fridge (id),
    chain_id    varchar(64)  not null,
    celsius     numeric(4,1) not null,
    measured_at timestamptz  not null,
    recorded_by varchar(100) not null,
    recorded_at timestamptz  not null default now()
);
create index temperature_reading_fridge on temperature_reading (fridge_id, measured_at desc, id);
