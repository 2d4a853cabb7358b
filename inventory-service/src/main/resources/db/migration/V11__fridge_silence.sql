-- A fridge whose sensor has gone quiet is an alarm: when the silence began (the newest reading, or the fridge's
-- creation when it never sent one), set once when it is announced and cleared by the next reading.
alter table fridge add column silent_since timestamptz;
create index fridge_watched on fridge (last_reading_at) where silent_since is null;
