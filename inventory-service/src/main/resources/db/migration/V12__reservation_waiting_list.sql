-- A reservation refused for want of stock waits: when units arrive at its clinic it is served, oldest booking first,
-- but only while its session is still to come, so the session's start is kept. Rows written before this have none.
alter table reservation add column starts_at timestamptz;

-- every stock arrival looks up the waiting reservations of one clinic and product, in booking order
create index reservation_waiting on reservation (chain_id, clinic_id, product_id, created_at, session_id)
    where status = 'REJECTED' and reason = 'INSUFFICIENT_STOCK';
