-- Reception searches by name however it is typed: "Søren", "soren", "SØREN" find the same patient.
-- unaccent is a trusted extension (PostgreSQL 13+), so a database owner may create it without superuser.
create extension if not exists unaccent;

-- unaccent() itself is only STABLE (its dictionary could change); pinning the dictionary makes it safe to
-- index and to use in generated columns.
create function patient_search_text(text) returns text
    language sql immutable strict parallel safe
    as $$ select lower(trim(public.unaccent('public.unaccent'::regdictionary, $1))) $$;

alter table patient
    add column search_given  varchar(100) generated always as (patient_search_text(given_name)) stored,
    add column search_family varchar(100) generated always as (patient_search_text(family_name)) stored;

drop index patient_chain_family_name;
-- text_pattern_ops lets "like 'ber%'" use the index whatever the database collation.
create index patient_by_family_name on patient (chain_id, search_family text_pattern_ops, search_given, id);
create index patient_by_given_name on patient (chain_id, search_given text_pattern_ops);
create index patient_by_phone on patient (chain_id, phone);
create index patient_by_birth_date on patient (chain_id, date_of_birth);
