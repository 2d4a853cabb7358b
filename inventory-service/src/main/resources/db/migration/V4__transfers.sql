-- Vials on their way from one clinic to another are on neither clinic's shelf.
alter table vial drop constraint vial_status_check;
alter table vial add constraint vial_status_check
    check (status in ('SEALED', 'RECONSTITUTED', 'IN_USE', 'DEPLETED', 'DISCARDED', 'IN_TRANSIT'));

-- Sealed vials moved between two clinics of a chain: requested, dispatched by the sender, received or cancelled.
create table transfer (
    id              uuid primary key,
    chain_id        varchar(64)  not null,
    from_clinic_id  varchar(64)  not null,
    to_clinic_id    varchar(64)  not null,
    product_id      uuid         not null references product (id),
    status          varchar(20)  not null check (status in ('REQUESTED', 'IN_TRANSIT', 'RECEIVED', 'CANCELLED')),
    units           int          not null check (units > 0),
    requested_by    varchar(100) not null,
    requested_at    timestamptz  not null default now(),
    dispatched_by   varchar(100),
    dispatched_at   timestamptz,
    received_by     varchar(100),
    received_at     timestamptz,
    cancelled_by    varchar(100),
    cancelled_at    timestamptz,
    cancel_reason   varchar(500),
    check (from_clinic_id <> to_clinic_id)
);
create index transfer_clinics on transfer (chain_id, from_clinic_id, to_clinic_id);

create table transfer_vial (
    transfer_id uuid not null references transfer (id),
    vial_id     uuid not null references vial (id),
    primary key (transfer_id, vial_id)
);
