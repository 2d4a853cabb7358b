-- A fridge that ran warm quarantines the vials that were in it, not the whole lot: the lot's vials in other fridges
-- and clinics stay usable, and a manager releases (or discards) the warm ones one by one. A recall, and a quarantine
-- a manager puts on a whole lot, stay on the lot.
alter table vial
    add column quarantined_at    timestamptz,
    add column quarantined_by    varchar(100),
    add column quarantine_reason varchar(500);
create index vial_quarantined on vial (chain_id, clinic_id, product_id) where quarantined_at is not null;
