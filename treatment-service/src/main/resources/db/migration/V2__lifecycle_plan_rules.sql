-- Lifecycle: why a session was cancelled, and who moved it last.
alter table injection_session add column cancel_reason varchar(500);
alter table injection_session add column consent_withdrawn boolean not null default false;
-- The double-booking check and the clinic schedule read by practitioner / clinic and start time.
create index injection_session_practitioner on injection_session (chain_id, practitioner, starts_at);
create index injection_session_clinic on injection_session (chain_id, clinic_id, starts_at, id);
create index injection_session_history on injection_session (chain_id, patient_id, completed_at) where status = 'COMPLETED';

-- The treatment plan: areas with the units planned for each (label dose unless the practitioner chose otherwise).
create table planned_area (
    session_id    uuid        not null references injection_session (id),
    area          varchar(40) not null,
    planned_units int         not null check (planned_units >= 0),
    primary key (session_id, area)
);

-- What a clinician should see on the session without it blocking: dosing flags, bleeding-risk warnings.
create table session_warning (
    session_id uuid         not null references injection_session (id),
    rule       varchar(40)  not null,
    message    varchar(500) not null
);
create index session_warning_session on session_warning (session_id);

-- Every override of a rule: who, which rule, why, when. Append-only.
create table session_override (
    id         uuid primary key,
    session_id uuid         not null references injection_session (id),
    rule       varchar(40)  not null,
    reason     varchar(500) not null,
    given_by   varchar(64)  not null,
    given_at   timestamptz  not null
);
create index session_override_session on session_override (session_id);

-- Read model of the patient's latest screening (codes only), kept from ScreeningUpdated.
create table patient_screening (
    chain_id          varchar(64) not null,
    patient_id        uuid        not null,
    screening_id      uuid        not null,
    recorded_at       timestamptz not null,
    contraindications text        not null,
    interactions      text        not null,
    bleeding_risks    text        not null,
    primary key (chain_id, patient_id)
);

-- Vial state from VialReconstituted / VialDiscarded, kept apart from known_vial so that order of arrival does not matter.
create table vial_state (
    vial_id          uuid primary key,
    chain_id         varchar(64) not null,
    reconstituted_at timestamptz,
    discarded_at     timestamptz,
    discard_reason   varchar(40)
);

-- Lots that may not be used: RECALLED is chain-wide (clinic_id '*'), QUARANTINED per clinic until LotReleased.
create table lot_block (
    chain_id  varchar(64)  not null,
    lot_id    uuid         not null,
    clinic_id varchar(64)  not null,
    kind      varchar(20)  not null,
    reason    varchar(500),
    primary key (chain_id, lot_id, clinic_id, kind)
);
