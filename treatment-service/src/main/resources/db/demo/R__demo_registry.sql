-- The demo chain's clinics and practitioners (profile demo), as the keycloak realm's users work at them.
-- Repeatable and idempotent: it runs after every schema migration, again whenever this file changes, and never
-- duplicates or overwrites what is there (an admin's later changes stay).
insert into clinic (chain_id, clinic_id, name, address_lines, postal_code, city, country_code, phone, time_zone,
                    active, revision, changed_by, changed_at)
values ('demo-chain', 'clinic-north', 'Clinic North', array['12 Park Row'], 'LS1 5HD', 'Leeds', 'GB',
        '+44 113 496 0101', 'Europe/London', true, 1, 'demo', '2026-01-01T00:00:00Z'),
       ('demo-chain', 'clinic-south', 'Clinic South', array['3 Ship Street'], 'BN1 1AD', 'Brighton', 'GB',
        '+44 1273 496 0202', 'Europe/London', true, 1, 'demo', '2026-01-01T00:00:00Z')
on conflict do nothing;

-- Monday to Friday 09:00–18:00, Saturday 10:00–14:00, for the clinics this file registered.
insert into clinic_opening_hours (chain_id, clinic_id, day, opens, closes)
select c.chain_id, c.clinic_id, d.day, d.opens, d.closes
from clinic c
cross join (values ('MONDAY', time '09:00', time '18:00'), ('TUESDAY', '09:00', '18:00'),
                   ('WEDNESDAY', '09:00', '18:00'), ('THURSDAY', '09:00', '18:00'), ('FRIDAY', '09:00', '18:00'),
                   ('SATURDAY', '10:00', '14:00')) as d (day, opens, closes)
where c.chain_id = 'demo-chain' and c.changed_by = 'demo' and c.revision = 1
on conflict do nothing;

insert into practitioner (chain_id, username, display_name, qualification, active, revision, changed_by, changed_at)
values ('demo-chain', 'nina.nurse', 'Nina Nurse', 'NURSE', true, 1, 'demo', '2026-01-01T00:00:00Z'),
       ('demo-chain', 'dan.doctor', 'Dan Doctor', 'DOCTOR', true, 1, 'demo', '2026-01-01T00:00:00Z')
on conflict do nothing;
insert into practitioner_clinic (chain_id, username, clinic_id)
select p.chain_id, p.username, case p.username when 'nina.nurse' then 'clinic-north' else 'clinic-south' end
from practitioner p
where p.chain_id = 'demo-chain' and p.changed_by = 'demo' and p.revision = 1
on conflict do nothing;

-- The other services learn the demo registry as any registration: from ClinicChanged / PractitionerChanged, through
-- the outbox (fixed event ids, so that a second run adds nothing).
insert into outbox_event (event_id, topic, record_key, event_type, event_version, envelope)
select e.id, 'clinic-events', c.clinic_id, 'ClinicChanged', 1,
       json_build_object(
           'id', e.id, 'type', 'ClinicChanged', 'version', 1, 'occurredAt', '2026-01-01T00:00:00Z',
           'chainId', c.chain_id,
           'payload', json_build_object(
               'clinicId', c.clinic_id, 'name', c.name,
               'address', json_build_object('lines', to_json(c.address_lines), 'postalCode', c.postal_code,
                                            'city', c.city, 'countryCode', c.country_code),
               'phone', c.phone, 'timeZone', c.time_zone,
               'openingHours', (select coalesce(json_agg(json_build_object('day', h.day,
                                                                           'opens', to_char(h.opens, 'HH24:MI'),
                                                                           'closes', to_char(h.closes, 'HH24:MI'))
                                                         order by array_position(array['MONDAY', 'TUESDAY',
                                                             'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY',
                                                             'SUNDAY']::varchar[], h.day), h.opens), '[]'::json)
                                from clinic_opening_hours h
                                where h.chain_id = c.chain_id and h.clinic_id = c.clinic_id),
               'active', c.active, 'revision', c.revision))::text
from clinic c
join (values ('clinic-north', '00000000-0000-4000-8000-000000000501'::uuid),
             ('clinic-south', '00000000-0000-4000-8000-000000000502'::uuid)) as e (clinic_id, id)
  on e.clinic_id = c.clinic_id
where c.chain_id = 'demo-chain' and c.changed_by = 'demo' and c.revision = 1
on conflict do nothing;

insert into outbox_event (event_id, topic, record_key, event_type, event_version, envelope)
select e.id, 'clinic-events', p.username, 'PractitionerChanged', 1,
       json_build_object(
           'id', e.id, 'type', 'PractitionerChanged', 'version', 1, 'occurredAt', '2026-01-01T00:00:00Z',
           'chainId', p.chain_id,
           'payload', json_build_object(
               'username', p.username, 'displayName', p.display_name,
               'clinicIds', (select json_agg(pc.clinic_id order by pc.clinic_id) from practitioner_clinic pc
                             where pc.chain_id = p.chain_id and pc.username = p.username),
               'qualification', p.qualification, 'active', p.active, 'revision', p.revision))::text
from practitioner p
join (values ('nina.nurse', '00000000-0000-4000-8000-000000000511'::uuid),
             ('dan.doctor', '00000000-0000-4000-8000-000000000512'::uuid)) as e (username, id)
  on e.username = p.username
where p.chain_id = 'demo-chain' and p.changed_by = 'demo' and p.revision = 1
on conflict do nothing;
