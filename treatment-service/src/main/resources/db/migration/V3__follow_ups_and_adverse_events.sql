-- Follow-ups scheduled when a session is completed: a REVIEW about 14 days later, a REPEAT_REMINDER from 3 months.
create table follow_up (
    id         uuid primary key,
    chain_id   varchar(64) not null,
    clinic_id  varchar(64) not null,
    session_id uuid        not null references injection_session (id),
    patient_id uuid        not null,
    kind       varchar(20) not null,
    due_on     date        not null,
    status     varchar(20) not null,
    closed_by  varchar(64),
    closed_at  timestamptz
);
create index follow_up_clinic on follow_up (chain_id, clinic_id, status, due_on);

-- Side effects recorded against a completed session; the lots come from the session's injections.
create table adverse_event (
    id          uuid primary key,
    chain_id    varchar(64)   not null,
    clinic_id   varchar(64)   not null,
    session_id  uuid          not null references injection_session (id),
    patient_id  uuid          not null,
    type        varchar(20)   not null,
    severity    varchar(20)   not null,
    serious     boolean       not null,
    onset_at    timestamptz   not null,
    notes       varchar(2000),
    lot_numbers varchar(1000) not null,
    reported_by varchar(64)   not null,
    reported_at timestamptz   not null
);
create index adverse_event_serious on adverse_event (chain_id, serious, reported_at);
-- One follow-up of each kind per session: a recall announced twice creates one contact task.
create unique index follow_up_once on follow_up (session_id, kind);
