-- Where the patient lives: for letters (recall notices) and invoices. Up to three street lines, as postal
-- forms across Europe allow; the country as an ISO 3166-1 alpha-2 code. GDPR erasure clears all of it.
alter table patient
    add column street_line_1 varchar(100),
    add column street_line_2 varchar(100),
    add column street_line_3 varchar(100),
    add column postal_code   varchar(16),
    add column city          varchar(100),
    add column country_code  char(2);
