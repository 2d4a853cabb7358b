-- Demo patients for the local stack (profile demo). Repeatable and idempotent: it runs after every schema
-- migration, again whenever this file changes, and never duplicates or overwrites what is there.
insert into patient (id, chain_id, medical_record_number, given_name, family_name, date_of_birth, sex, phone, email,
                     home_clinic_id, preferred_language)
values ('00000000-0000-4000-8000-000000000101', 'demo-chain', 'MRN-000001', 'Emma', 'Lindqvist', '1986-04-12', 'FEMALE',
        '+46701234501', 'emma.lindqvist@example.org', 'clinic-north', 'en'),
       ('00000000-0000-4000-8000-000000000102', 'demo-chain', 'MRN-000002', 'Sofia', 'Marchetti', '1979-11-30', 'FEMALE',
        '+39333123402', 'sofia.marchetti@example.org', 'clinic-south', 'it'),
       ('00000000-0000-4000-8000-000000000103', 'demo-chain', 'MRN-000003', 'Daniel', 'Okafor', '1990-07-08', 'MALE',
        '+44770090003', 'daniel.okafor@example.org', 'clinic-north', 'en')
on conflict (id) do nothing;
insert into medical_record_counter (chain_id, last_number) values ('demo-chain', 3)
on conflict (chain_id) do update set last_number = greatest(medical_record_counter.last_number, 3);
