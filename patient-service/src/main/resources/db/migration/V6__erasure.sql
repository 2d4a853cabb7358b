-- GDPR erasure pseudonymises the record in place; the row stays so that consents, screenings and the audit trail
-- (kept for clinical and legal retention) still point at it.
alter table patient add column erased_at timestamptz;
