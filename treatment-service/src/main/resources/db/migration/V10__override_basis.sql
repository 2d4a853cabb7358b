-- The facts an overridden rule failed on (screening id, last session, units in the 90 days): an override given at
-- booking holds at completion while they are the same. Overrides recorded before have none and hold no longer.
alter table session_override add column basis varchar(100);
