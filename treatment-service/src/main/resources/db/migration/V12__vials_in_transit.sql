-- A vial is in transit from its dispatch (VialsDispatched) until its transfer ends (VialsTransferred on receipt,
-- VialsReturned on cancellation): one row per vial and transfer, so that the end heard before the dispatch still counts.
create table vial_transit (
    vial_id     uuid        not null,
    transfer_id uuid        not null,
    chain_id    varchar(64) not null,
    ended       boolean     not null,
    primary key (vial_id, transfer_id)
);
create index vial_transit_open on vial_transit (vial_id) where not ended;
