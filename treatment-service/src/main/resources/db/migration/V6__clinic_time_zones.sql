-- A clinic's calendar days ("today", follow-up dates, lot expiry) are days in its own zone. Clinics reach this
-- service only as ids in tokens, so an admin sets the zone; a clinic without a row uses clinic.time-zone.default-zone.
create table clinic_time_zone (
    chain_id  varchar(64) not null,
    clinic_id varchar(64) not null,
    zone_id   varchar(64) not null,
    set_by    varchar(64) not null,
    set_at    timestamptz not null,
    primary key (chain_id, clinic_id)
);
