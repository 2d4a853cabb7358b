-- Where a sealed vial is now, once transferred from the clinic that received it (VialsTransferred).
alter table vial_state add column clinic_id varchar(64);
