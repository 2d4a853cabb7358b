-- An adverse event's course: follow-up notes, then its closing with an outcome, each kept as written.
alter table adverse_event add column outcome varchar(20);
alter table adverse_event add column closed_by varchar(64);
alter table adverse_event add column closed_at timestamptz;
create table adverse_event_entry (
    seq              bigserial primary key,
    adverse_event_id uuid          not null references adverse_event (id),
    kind             varchar(20)   not null,
    outcome          varchar(20),
    notes            varchar(2000),
    written_by       varchar(64)   not null,
    written_at       timestamptz   not null
);
create index adverse_event_entry_event on adverse_event_entry (adverse_event_id, seq);
