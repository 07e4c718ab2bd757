-- The lifecycle of a certificate: since when it has its status, and for a suspension why and until when.
-- The reason and the note are for the CB and the holder; the public register shows the status and its date only.
ALTER TABLE certificate
    ADD COLUMN status_since      date,
    ADD COLUMN suspension_reason varchar(40)
        CHECK (suspension_reason IN ('MISSED_SURVEILLANCE', 'UNRESOLVED_MAJOR_NONCONFORMITY', 'CLIENT_REQUEST', 'MISUSE_OF_MARK')),
    ADD COLUMN suspended_until   date,
    ADD COLUMN status_note       text;

UPDATE certificate SET status_since = issue_date;
ALTER TABLE certificate ALTER COLUMN status_since SET NOT NULL;
ALTER TABLE certificate
    ADD CONSTRAINT certificate_suspension CHECK (
        (status = 'SUSPENDED') = (suspension_reason IS NOT NULL AND suspended_until IS NOT NULL));

-- The daily job looks for suspensions that ran out.
CREATE INDEX certificate_suspended_until ON certificate (suspended_until) WHERE status = 'SUSPENDED';
