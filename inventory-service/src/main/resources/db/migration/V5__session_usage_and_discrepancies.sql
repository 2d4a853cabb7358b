-- What each completed session charted and what the vials gave: the ledger behind the usage and reconciliation
-- views. One row per session (the completion is applied once); written in the same transaction as the draw.
create table session_usage (
    session_id     uuid primary key,
    chain_id       varchar(64) not null,
    clinic_id      varchar(64) not null,
    product_id     uuid        not null,
    -- when the treatment service recorded the completion (the event's occurredAt), not when we saw it
    completed_at   timestamptz not null,
    units_charted  int         not null check (units_charted >= 0),
    units_consumed int         not null check (units_consumed >= 0),
    vials_depleted int         not null check (vials_depleted >= 0),
    recorded_at    timestamptz not null default now()
);
create index session_usage_period on session_usage (chain_id, completed_at, clinic_id);

-- Units charted against a vial that could not give them, and why: kept so a manager can list them later.
create table usage_discrepancy (
    id            uuid primary key,
    session_id    uuid        not null references session_usage (session_id),
    chain_id      varchar(64) not null,
    clinic_id     varchar(64) not null,
    product_id    uuid        not null,
    vial_id       uuid,
    lot_number    varchar(40),
    units_charted int         not null,
    kind          varchar(30) not null,
    detail        varchar(300),
    completed_at  timestamptz not null
);
create index usage_discrepancy_session on usage_discrepancy (session_id);
create index usage_discrepancy_period on usage_discrepancy (chain_id, completed_at, clinic_id);
