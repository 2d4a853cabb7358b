-- The wording a patient agreed to. Versions are never edited: a change of wording is a new version.
-- chain_id null = the platform's default wording, which every chain starts from; a chain's admins publish their own
-- versions on top, numbered after it.
create table consent_template (
    id           uuid primary key,
    chain_id     varchar(64),
    consent_type varchar(40)  not null,
    version      int          not null,
    body         text         not null,
    published_at timestamptz  not null default now(),
    published_by varchar(100) not null
);
create unique index consent_template_version on consent_template (coalesce(chain_id, ''), consent_type, version);

insert into consent_template (id, chain_id, consent_type, version, body, published_by) values
('00000000-0000-4000-8000-00000000c001', null, 'TREATMENT_BOTULINUM_TOXIN', 1,
 'I consent to treatment with botulinum toxin. I have been told how it works, that it lasts 3 to 6 months, '
 || 'and about its common (bruising, swelling, headache) and serious (eyelid drooping, difficulty swallowing) side effects.',
 'platform'),
('00000000-0000-4000-8000-00000000c002', null, 'PHOTOGRAPHY', 1,
 'I consent to photographs of the treated areas being taken and kept in my clinical record.', 'platform'),
('00000000-0000-4000-8000-00000000c003', null, 'PARTNER_DATA_SHARING', 1,
 'I consent to my name, date of birth and contact details being shared with the clinic''s partner systems '
 || '(such as online booking) for the purpose of managing my appointments.', 'platform'),
('00000000-0000-4000-8000-00000000c004', null, 'MARKETING', 1,
 'I agree to receive news and offers from the clinic. I can withdraw this at any time.', 'platform');

-- "Is consent T valid for patient P at time X" looks up one patient's grants of one type.
create index consent_by_patient_type on consent (chain_id, patient_id, consent_type, signed_at);
