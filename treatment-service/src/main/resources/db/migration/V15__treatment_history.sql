-- A patient's treatment history (GET /api/sessions/history) reads these by session, and the open follow-ups by patient.
create index injection_session_of on injection (session_id);
create index adverse_event_session on adverse_event (session_id);
create index follow_up_patient on follow_up (chain_id, patient_id, status, due_on);
