-- A cancelled audit keeps what was recorded but takes no more work.
ALTER TABLE audit ADD COLUMN cancellation_reason varchar(40);
ALTER TABLE audit ADD COLUMN cancelled_at timestamptz;

-- Auditors edit findings on offline copies: the version tells a stale copy from the current finding.
ALTER TABLE finding ADD COLUMN version bigint NOT NULL DEFAULT 0;

-- The nonconformity workflow; null for findings that are not nonconformities.
ALTER TABLE finding ADD COLUMN nc_status varchar(30)
    CHECK (nc_status IN ('AWAITING_RESPONSE', 'RESPONDED', 'RETURNED', 'ACCEPTED', 'VERIFIED'));
ALTER TABLE finding ADD COLUMN response_due date;
ALTER TABLE finding ADD COLUMN correction text;
ALTER TABLE finding ADD COLUMN root_cause text;
ALTER TABLE finding ADD COLUMN corrective_action text;
ALTER TABLE finding ADD COLUMN responded_by varchar(200);
ALTER TABLE finding ADD COLUMN responded_at timestamptz;
ALTER TABLE finding ADD COLUMN review_note text;
ALTER TABLE finding ADD COLUMN reviewed_by varchar(200);
ALTER TABLE finding ADD COLUMN reviewed_at timestamptz;
ALTER TABLE finding ADD COLUMN verified_by varchar(200);
ALTER TABLE finding ADD COLUMN verified_on date;
UPDATE finding SET nc_status = 'AWAITING_RESPONSE', response_due = (recorded_at AT TIME ZONE 'UTC')::date + 30
WHERE grade IN ('MAJOR_NONCONFORMITY', 'MINOR_NONCONFORMITY');

-- An offline batch as it was answered, so that a replay (the phone lost the answer) gets the same answer again.
CREATE TABLE sync_batch (
    id           uuid PRIMARY KEY,
    audit_id     uuid NOT NULL REFERENCES audit (id),
    uploaded_by  varchar(200) NOT NULL,
    request_hash varchar(64) NOT NULL,
    result       text NOT NULL,
    uploaded_at  timestamptz NOT NULL
);

-- Photos and PDFs supporting a finding; the content apart, so that listing them does not read the bytes.
CREATE TABLE attachment (
    id          uuid PRIMARY KEY,
    audit_id    uuid NOT NULL REFERENCES audit (id),
    finding_id  uuid NOT NULL REFERENCES finding (id),
    file_name   varchar(255) NOT NULL,
    media_type  varchar(100) NOT NULL,
    size_bytes  integer NOT NULL,
    sha256      varchar(64) NOT NULL,
    uploaded_by varchar(200) NOT NULL,
    uploaded_at timestamptz NOT NULL
);
CREATE INDEX attachment_audit ON attachment (audit_id);

CREATE TABLE attachment_content (
    attachment_id uuid PRIMARY KEY REFERENCES attachment (id),
    content       bytea NOT NULL
);
