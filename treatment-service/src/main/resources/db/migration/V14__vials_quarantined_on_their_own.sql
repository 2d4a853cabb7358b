-- A fridge excursion quarantines the vials that were in that fridge (VialsQuarantined), each until a manager releases
-- it (VialsReleased). The two come on different keys, so they may arrive out of order: the later one holds.
create table vial_hold (
    vial_id    uuid        primary key,
    chain_id   varchar(64) not null,
    held       boolean     not null,
    changed_at timestamptz not null
);
