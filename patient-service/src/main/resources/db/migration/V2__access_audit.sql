-- Who looked at or changed which patient record, allowed or not. Rows are only ever added.
create table patient_access (
    id             bigint generated always as identity primary key,
    chain_id       varchar(64)  not null,
    patient_id     uuid,                 -- null when no record was named (a refused registration or search)
    actor_id       varchar(64)  not null,
    actor_username varchar(100),
    actor_roles    varchar(200) not null,
    client_id      varchar(100),         -- the token's azp: which app or partner system made the call
    partner        boolean      not null,
    action         varchar(30)  not null,
    outcome        varchar(20)  not null,
    at             timestamptz  not null default clock_timestamp(),
    correlation_id varchar(64)
);
create index patient_access_by_patient on patient_access (chain_id, patient_id, id);

-- The application's role must not rewrite history. A superuser ignores privileges, so the trigger
-- below is what protects the table wherever the app connects as one (tests, the local stack).
do $$
begin
    execute format('revoke update, delete, truncate on patient_access from %I', current_user);
    revoke update, delete, truncate on patient_access from public;
exception when others then
    raise notice 'could not revoke on patient_access: %', sqlerrm;
end $$;

create function patient_access_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'patient_access is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;

create trigger patient_access_no_update_or_delete before update or delete on patient_access
    for each row execute function patient_access_append_only();
create trigger patient_access_no_truncate before truncate on patient_access
    for each statement execute function patient_access_append_only();
