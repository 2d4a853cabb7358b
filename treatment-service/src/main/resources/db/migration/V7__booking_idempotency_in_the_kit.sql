-- Idempotency-Key is now handled for every POST by the platform kit (table idempotent_request).
drop table booking_request;
