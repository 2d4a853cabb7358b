-- Shipped by the platform kit; every service gets these two tables beside its own.
create table outbox_event (
    seq            bigserial primary key,
    event_id       uuid         not null unique,
    topic          varchar(200) not null,
    record_key     varchar(200) not null,
    event_type     varchar(100) not null,
    event_version  int          not null,
    envelope       text         not null,
    correlation_id varchar(64),
    created_at     timestamptz  not null default now(),
    sent_at        timestamptz
);
create index outbox_event_pending on outbox_event (seq) where sent_at is null;

create table inbox_event (
    event_id    uuid         primary key,
    event_type  varchar(100) not null,
    received_at timestamptz  not null default now()
);
