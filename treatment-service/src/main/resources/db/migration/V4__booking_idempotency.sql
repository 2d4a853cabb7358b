-- A booking retried with the same Idempotency-Key (booking sites retry on timeouts) answers the first session.
create table booking_request (
    chain_id        varchar(64)  not null,
    caller_id       varchar(64)  not null,
    idempotency_key varchar(100) not null,
    request_hash    varchar(64)  not null,
    session_id      uuid         not null references injection_session (id),
    created_at      timestamptz  not null default now(),
    primary key (chain_id, caller_id, idempotency_key)
);
