-- A product's GS1 GTIN-14, so that a scanned carton finds its product. The seeded product's is a demo number from
-- GS1's example range (prefix 950): not a real Botox carton's. The check digit is checked by the constraint too, since
-- a mistyped GTIN would never match a scan.
alter table product add column gtin varchar(14);
alter table product add constraint product_gtin_format check (gtin is null or gtin ~ '^[0-9]{14}$');
create unique index product_gtin on product (gtin) where gtin is not null;
create function gtin_check_digit_ok(gtin varchar) returns boolean language sql immutable as $$
    select (10 - (sum(substr(gtin, i, 1)::int * case when i % 2 = 1 then 3 else 1 end) % 10)) % 10
           = substr(gtin, 14, 1)::int
    from generate_series(1, 13) as i
$$;
alter table product add constraint product_gtin_check_digit check (gtin is null or gtin_check_digit_ok(gtin));
update product set gtin = '09506000100012' where id = '00000000-0000-4000-8000-000000000001';
