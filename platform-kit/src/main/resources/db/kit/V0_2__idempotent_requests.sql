-- Shipped by the platform kit: the answer to each POST a client sent with an Idempotency-Key, so that a retry
-- gets the same answer instead of creating a second patient or session. Rows expire (clinic.idempotency.retention).
create table idempotent_request (
    caller          varchar(255) not null,
    idempotency_key varchar(128) not null,
    request_hash    char(64)     not null,
    -- what the answer is about, so that it can be forgotten with the resource (GDPR erasure)
    request_path    varchar(2000) not null,
    created_at      timestamptz  not null default now(),
    -- null while the first request is still being processed
    status          int,
    content_type    varchar(255),
    location        varchar(2000),
    etag            varchar(255),
    body            bytea,
    primary key (caller, idempotency_key)
);
create index idempotent_request_created on idempotent_request (created_at);
create index idempotent_request_path on idempotent_request (request_path varchar_pattern_ops);
create index idempotent_request_location on idempotent_request (location varchar_pattern_ops);
