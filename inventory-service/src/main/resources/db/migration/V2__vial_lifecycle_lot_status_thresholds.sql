-- Vials are reconstituted with saline before use and may be discarded. IN_USE stays for vials drawn from
-- before their reconstitution was recorded (e.g. by a session completed without it).
alter table vial drop constraint vial_status_check;
alter table vial add constraint vial_status_check
    check (status in ('SEALED', 'RECONSTITUTED', 'IN_USE', 'DEPLETED', 'DISCARDED'));
alter table vial
    add column reconstituted_at   timestamptz,
    add column reconstituted_by   varchar(100),
    add column saline_ml          numeric(4,2),
    add column units_per_tenth_ml numeric(6,2),
    add column discarded_at       timestamptz,
    add column discarded_by       varchar(100),
    add column discard_reason     varchar(20),
    add column discard_note       varchar(500),
    add column discarded_units    int;
-- due-for-discard and the 24 h check look only at reconstituted vials
create index vial_reconstituted on vial (chain_id, clinic_id, reconstituted_at) where status = 'RECONSTITUTED';

-- A quarantined lot is blocked at its clinic until released; a recalled lot is blocked everywhere, for good.
alter table lot
    add column status            varchar(20) not null default 'AVAILABLE'
        check (status in ('AVAILABLE', 'QUARANTINED', 'RECALLED')),
    add column status_reason     varchar(500),
    add column status_changed_by varchar(100),
    add column status_changed_at timestamptz,
    -- set when LotExpiringSoon was published, so that each lot is announced once
    add column expiry_warned_at  timestamptz;
create index lot_blocked on lot (chain_id) where status <> 'AVAILABLE';

-- A clinic's minimum for a product. {@code below} remembers the side of the line stock was last seen on,
-- so that StockLow is published once per crossing rather than on every reservation.
create table stock_threshold (
    chain_id   varchar(64) not null,
    clinic_id  varchar(64) not null,
    product_id uuid        not null references product (id),
    min_units  int         not null check (min_units >= 0),
    below      boolean     not null default false,
    set_by     varchar(100) not null,
    set_at     timestamptz not null default now(),
    primary key (chain_id, clinic_id, product_id)
);
