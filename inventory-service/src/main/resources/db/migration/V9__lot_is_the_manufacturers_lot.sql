-- A lot is the manufacturer's: one lot number of one product in a chain, whichever clinics it reaches and however
-- many deliveries bring it. Each delivery adds vials to the lot; lot numbers are compared trimmed and in capitals.
alter table lot drop constraint if exists lot_chain_id_product_id_lot_number_key;
create unique index lot_number_in_chain on lot (chain_id, product_id, upper(btrim(lot_number)));
-- the lot's vials over all its deliveries; a single delivery stays at most 500 (the request checks it)
alter table lot drop constraint if exists lot_vial_count_check;
alter table lot add constraint lot_vial_count_check check (vial_count >= 1);
-- lot.clinic_id, supplier, received_by and received_at stay those of the lot's first delivery

-- Who booked which vials in, where and when: one row per delivery of a lot.
create table delivery (
    id          uuid primary key,
    chain_id    varchar(64)  not null,
    lot_id      uuid         not null references lot (id),
    clinic_id   varchar(64)  not null,
    supplier    varchar(200) not null,
    vial_count  int          not null check (vial_count between 1 and 500),
    received_by varchar(100) not null,
    received_at timestamptz  not null default now()
);
create index delivery_lot on delivery (lot_id);
insert into delivery (id, chain_id, lot_id, clinic_id, supplier, vial_count, received_by, received_at)
select id, chain_id, id, clinic_id, supplier, vial_count, received_by, received_at from lot;
