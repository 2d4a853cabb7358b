-- After a transfer a lot's vials sit at several clinics, each in that clinic's own fridge: the fridge belongs to
-- the vials, not to the lot. Vials already placed keep their fridge.
alter table vial add column fridge_id uuid references fridge (id);
update vial v set fridge_id = l.fridge_id
from lot l where l.id = v.lot_id and l.fridge_id is not null and v.clinic_id = l.clinic_id;
create index vial_fridge on vial (fridge_id) where fridge_id is not null;
alter table lot drop column fridge_id;
