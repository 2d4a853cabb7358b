-- The consent history is the legal record: a grant is written once, and a withdrawal is a second fact written once
-- beside it, never an edit of the grant (V1 recorded it by updating the grant's row).
-- One withdrawal per grant: the primary key turns a second, concurrent one into "already withdrawn".
create table consent_withdrawal (
    consent_id   uuid primary key references consent (id),
    withdrawn_at timestamptz  not null,
    withdrawn_by varchar(64)  not null,
    reason       varchar(500),            -- nullable only as V1's column was; the API has always required one
    recorded_at  timestamptz  not null default now()
);

insert into consent_withdrawal (consent_id, withdrawn_at, withdrawn_by, reason)
select id, withdrawn_at, coalesce(withdrawn_by, 'unknown'), withdrawal_reason from consent where withdrawn_at is not null;

alter table consent
    drop column withdrawn_at,
    drop column withdrawn_by,
    drop column withdrawal_reason;

-- Append-only for the application, enforced by triggers rather than by privileges. The service migrates and runs
-- as one database user, which therefore owns these tables (and is a superuser in the tests and the local stack):
--   * a superuser ignores privileges altogether, so a REVOKE does nothing for it;
--   * an owner may revoke its own UPDATE/DELETE (as V2 does), but owners always hold the grant option, so it can
--     simply grant them back: a REVOKE is a speed bump for the owner, not a barrier.
-- A BEFORE UPDATE/DELETE/TRUNCATE trigger fires for every user, owner and superuser included; getting past it takes
-- deliberate DDL (ALTER TABLE ... DISABLE TRIGGER, DROP TRIGGER), which a migration would show, not a stray UPDATE.
create function consent_history_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end $$;

create trigger consent_no_update_or_delete before update or delete on consent
    for each row execute function consent_history_append_only();
create trigger consent_no_truncate before truncate on consent
    for each statement execute function consent_history_append_only();
create trigger consent_withdrawal_no_update_or_delete before update or delete on consent_withdrawal
    for each row execute function consent_history_append_only();
create trigger consent_withdrawal_no_truncate before truncate on consent_withdrawal
    for each statement execute function consent_history_append_only();

-- The revoke is still made, tolerantly as in V2, for deployments where the tables belong to another role - but not
-- UPDATE on consent: the foreign key check of a new withdrawal locks its grant FOR KEY SHARE as consent's owner,
-- which needs UPDATE privilege, so revoking it from an owner (not a superuser) would refuse every withdrawal.
do $$
begin
    execute format('revoke delete, truncate on consent from %I', current_user);
    execute format('revoke update, delete, truncate on consent_withdrawal from %I', current_user);
    revoke update, delete, truncate on consent, consent_withdrawal from public;
exception when others then
    raise notice 'could not revoke on the consent tables: %', sqlerrm;
end $$;
