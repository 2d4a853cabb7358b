-- The catalogue is shared by every chain: a product is what the manufacturer sells.
create table product (
    id             uuid primary key,
    brand          varchar(100) not null,
    generic_name   varchar(100) not null,
    units_per_vial int          not null check (units_per_vial in (50, 100, 200)),
    storage_min_c  numeric(4,1) not null default 2,
    storage_max_c  numeric(4,1) not null default 8,
    check (storage_min_c < storage_max_c)
);
insert into product (id, brand, generic_name, units_per_vial, storage_min_c, storage_max_c)
values ('00000000-0000-4000-8000-000000000001', 'Botox', 'onabotulinumtoxinA', 100, 2, 8);

-- A delivery of one manufacturer lot to one clinic. A lot number is unique per product within a chain.
create table lot (
    id           uuid primary key,
    chain_id     varchar(64)  not null,
    clinic_id    varchar(64)  not null,
    product_id   uuid         not null references product (id),
    lot_number   varchar(40)  not null,
    expiry_date  date         not null,
    supplier     varchar(200) not null,
    vial_count   int          not null check (vial_count between 1 and 500),
    received_by  varchar(100) not null,
    received_at  timestamptz  not null default now(),
    unique (chain_id, product_id, lot_number)
);

create table vial (
    id              uuid primary key,
    chain_id        varchar(64) not null,
    clinic_id       varchar(64) not null,
    product_id      uuid        not null references product (id),
    lot_id          uuid        not null references lot (id),
    status          varchar(20) not null check (status in ('SEALED', 'IN_USE', 'DEPLETED')),
    units_remaining int         not null check (units_remaining >= 0)
);
create index vial_clinic on vial (chain_id, clinic_id, product_id, status);
create index vial_lot on vial (lot_id);

-- Units of one product at one clinic. Reservations never exceed what is on hand, even under concurrency:
-- every reservation is one conditional update, and these checks are the last line.
create table stock (
    chain_id       varchar(64) not null,
    clinic_id      varchar(64) not null,
    product_id     uuid        not null references product (id),
    on_hand_units  int         not null default 0,
    reserved_units int         not null default 0,
    primary key (chain_id, clinic_id, product_id),
    check (reserved_units >= 0),
    check (on_hand_units >= reserved_units)
);

-- What each scheduled session holds (or was refused), keyed by session: one answer per session.
create table reservation (
    session_id  uuid primary key,
    chain_id    varchar(64) not null,
    clinic_id   varchar(64) not null,
    product_id  uuid        not null,
    units       int         not null,
    status      varchar(20) not null check (status in ('RESERVED', 'REJECTED', 'RELEASED', 'CONSUMED')),
    reason      varchar(40),
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
