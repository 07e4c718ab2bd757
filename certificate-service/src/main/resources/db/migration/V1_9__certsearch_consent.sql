-- A holder's consent to the publication of its certificates in IAF CertSearch: every change, given or withdrawn, with
-- who recorded it and when; the latest change of a client is its consent. No row: the holder never consented.
CREATE TABLE certsearch_consent_change (
    id          uuid PRIMARY KEY,
    -- orders two changes recorded in the same instant
    seq         bigserial NOT NULL UNIQUE,
    client_id   uuid NOT NULL,
    consented   boolean NOT NULL,
    recorded_by varchar(200) NOT NULL,
    recorded_as varchar(30) NOT NULL CHECK (recorded_as IN ('HOLDER', 'CERTIFICATION_BODY')),
    recorded_at timestamptz NOT NULL,
    note        text
);
CREATE INDEX certsearch_consent_change_client ON certsearch_consent_change (client_id, recorded_at, seq);
-- The export of a day's changes looks for the consents changed in it.
CREATE INDEX certsearch_consent_change_recorded ON certsearch_consent_change (recorded_at);
