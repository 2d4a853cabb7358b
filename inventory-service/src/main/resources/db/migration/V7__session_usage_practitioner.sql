-- Who gave the injections (SessionCompleted.practitioner, a username), for usage per practitioner. Null for sessions
-- applied before the event named the practitioner: they stay in every total, under "not known".
alter table session_usage add column practitioner varchar(255);
