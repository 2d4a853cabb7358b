-- Only for IdempotencyKeyTest: what its little app creates.
create table thing (
    id   uuid primary key,
    name varchar(100) not null
);
