-- One lot of ten sealed vials of the demo product at each demo clinic (profile demo). Repeatable and idempotent:
-- it runs after every schema migration, again whenever this file changes, and never duplicates what is there.
insert into lot (id, chain_id, clinic_id, product_id, lot_number, expiry_date, supplier, vial_count, received_by)
values ('00000000-0000-4000-8000-000000000301', 'demo-chain', 'clinic-north', '00000000-0000-4000-8000-000000000001',
        'C3709C3', '2029-06-30', 'Allergan Aesthetics', 10, 'demo'),
       ('00000000-0000-4000-8000-000000000302', 'demo-chain', 'clinic-south', '00000000-0000-4000-8000-000000000001',
        'C3710C4', '2029-09-30', 'Allergan Aesthetics', 10, 'demo')
on conflict do nothing;

-- each demo lot came in one delivery, which keeps the lot's id as its own
insert into delivery (id, chain_id, lot_id, clinic_id, supplier, vial_count, received_by, received_at)
select l.id, l.chain_id, l.id, l.clinic_id, l.supplier, l.vial_count, l.received_by, l.received_at from lot l
where l.chain_id = 'demo-chain' and l.received_by = 'demo'
on conflict do nothing;

insert into vial (id, chain_id, clinic_id, product_id, lot_id, status, units_remaining)
select ('00000000-0000-4000-8000-0000000003' || lpad((10 + n)::text, 2, '0'))::uuid, 'demo-chain', 'clinic-north',
       '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000301', 'SEALED', 100
from generate_series(1, 10) as n
on conflict do nothing;
insert into vial (id, chain_id, clinic_id, product_id, lot_id, status, units_remaining)
select ('00000000-0000-4000-8000-0000000003' || lpad((20 + n)::text, 2, '0'))::uuid, 'demo-chain', 'clinic-south',
       '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000302', 'SEALED', 100
from generate_series(1, 10) as n
on conflict do nothing;

insert into stock (chain_id, clinic_id, product_id, on_hand_units, reserved_units)
values ('demo-chain', 'clinic-north', '00000000-0000-4000-8000-000000000001', 1000, 0),
       ('demo-chain', 'clinic-south', '00000000-0000-4000-8000-000000000001', 1000, 0)
on conflict do nothing;

-- The treatment service learns of the demo vials as of any delivery: from LotReceived, through the outbox.
insert into outbox_event (event_id, topic, record_key, event_type, event_version, envelope)
select ('00000000-0000-4000-8000-0000000004' || right(l.id::text, 2))::uuid, 'inventory-events', l.id::text,
       'LotReceived', 1,
       json_build_object(
           'id', ('00000000-0000-4000-8000-0000000004' || right(l.id::text, 2))::uuid, 'type', 'LotReceived',
           'version', 1, 'occurredAt', '2026-01-01T00:00:00Z', 'chainId', l.chain_id,
           'payload', json_build_object(
               'lotId', l.id, 'lotNumber', l.lot_number, 'productId', l.product_id, 'clinicId', l.clinic_id,
               'expiryDate', l.expiry_date, 'unitsPerVial', 100,
               'vialIds', (select json_agg(v.id order by v.id) from vial v where v.lot_id = l.id)))::text
from lot l
where l.chain_id = 'demo-chain' and l.received_by = 'demo'
on conflict do nothing;
