-- The chain's clinics and practitioners. This service owns the registry and publishes every change on
-- clinic-events (ClinicChanged, PractitionerChanged) so that the other services validate ids from their own copies.
create table clinic (
    chain_id      varchar(64)  not null,
    clinic_id     varchar(64)  not null,
    name          varchar(200) not null,
    -- null only for a clinic carried over from clinic_time_zone below, until an admin gives its address
    address_lines text[],
    postal_code   varchar(20),
    city          varchar(100),
    country_code  varchar(2),
    phone         varchar(30),
    time_zone     varchar(64)  not null,
    active        boolean      not null,
    revision      bigint       not null,
    changed_by    varchar(64)  not null,
    changed_at    timestamptz  not null,
    primary key (chain_id, clinic_id)
);

-- One opening span of one day of the week; a day without a span is closed.
create table clinic_opening_hours (
    chain_id  varchar(64) not null,
    clinic_id varchar(64) not null,
    day       varchar(9)  not null,
    opens     time        not null,
    closes    time        not null check (closes > opens),
    primary key (chain_id, clinic_id, day, opens),
    foreign key (chain_id, clinic_id) references clinic (chain_id, clinic_id) on delete cascade
);

-- username is the Keycloak username (the token's preferred_username).
create table practitioner (
    chain_id      varchar(64)  not null,
    username      varchar(64)  not null,
    display_name  varchar(200) not null,
    qualification varchar(20)  not null,
    active        boolean      not null,
    revision      bigint       not null,
    changed_by    varchar(64)  not null,
    changed_at    timestamptz  not null,
    primary key (chain_id, username)
);

create table practitioner_clinic (
    chain_id  varchar(64) not null,
    username  varchar(64) not null,
    clinic_id varchar(64) not null,
    primary key (chain_id, username, clinic_id),
    foreign key (chain_id, username) references practitioner (chain_id, username) on delete cascade,
    foreign key (chain_id, clinic_id) references clinic (chain_id, clinic_id)
);
create index practitioner_clinic_by_clinic on practitioner_clinic (chain_id, clinic_id);

-- A clinic whose zone an admin had set is a clinic the chain runs: it is registered under its id (named by it until
-- an admin completes it) and announced like any registration, so that the other services learn it too.
insert into clinic (chain_id, clinic_id, name, time_zone, active, revision, changed_by, changed_at)
select chain_id, clinic_id, clinic_id, zone_id, true, 1, set_by, set_at from clinic_time_zone;

insert into outbox_event (event_id, topic, record_key, event_type, event_version, envelope)
select e.id, 'clinic-events', e.clinic_id, 'ClinicChanged', 1,
       json_build_object(
           'id', e.id, 'type', 'ClinicChanged', 'version', 1,
           'occurredAt', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'chainId', e.chain_id,
           'payload', json_build_object(
               'clinicId', e.clinic_id, 'name', e.clinic_id, 'address', null, 'phone', null, 'timeZone', e.zone_id,
               'openingHours', json_build_array(), 'active', true, 'revision', 1))::text
from (select gen_random_uuid() as id, chain_id, clinic_id, zone_id from clinic_time_zone) e;

drop table clinic_time_zone;
