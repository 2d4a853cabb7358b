-- Into how many points the units of an injection went (the practitioner's chart; none when not charted).
alter table injection add column points smallint check (points between 1 and 99);
