-- Certificate numbers CB-<year>-<nnnnnn>: the database hands out each number once, whatever the replicas do.
CREATE SEQUENCE certificate_number_seq;

-- A decision on a completed audit; the audit report is kept as audit-service sent it (AuditCompletedV1).
CREATE TABLE certification_decision (
    id                         uuid PRIMARY KEY,
    version                    bigint NOT NULL,
    status                     varchar(20) NOT NULL CHECK (status IN ('OPEN', 'GRANTED')),
    audit_id                   uuid NOT NULL UNIQUE,
    client_id                  uuid NOT NULL,
    audit                      jsonb NOT NULL,
    open_major_nonconformities integer NOT NULL CHECK (open_major_nonconformities >= 0),
    opened_at                  timestamptz NOT NULL,
    decided_by                 varchar(200),
    decided_at                 timestamptz,
    decision_date              date,
    rationale                  text,
    certificate_id             uuid,
    CHECK (status = 'OPEN' OR (decided_by IS NOT NULL AND decided_at IS NOT NULL AND decision_date IS NOT NULL
                               AND rationale IS NOT NULL))
);
CREATE INDEX certification_decision_queue ON certification_decision (status, opened_at);
CREATE INDEX certification_decision_client ON certification_decision (client_id);

CREATE TABLE certificate (
    id                          uuid PRIMARY KEY,
    version                     bigint NOT NULL,
    number                      varchar(30) NOT NULL UNIQUE,
    revision                    integer NOT NULL CHECK (revision >= 1),
    status                      varchar(20) NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'WITHDRAWN', 'EXPIRED')),
    client_id                   uuid NOT NULL,
    holder_name                 varchar(300) NOT NULL,
    standard                    varchar(40) NOT NULL,
    scope                       text NOT NULL,
    decision_id                 uuid NOT NULL REFERENCES certification_decision (id),
    audit_id                    uuid NOT NULL,
    programme_id                uuid NOT NULL,
    original_certification_date date NOT NULL,
    issue_date                  date NOT NULL,
    expiry_date                 date NOT NULL,
    issued_at                   timestamptz NOT NULL,
    CHECK (issue_date >= original_certification_date AND expiry_date > issue_date)
);
CREATE INDEX certificate_client ON certificate (client_id, issued_at);
CREATE INDEX certificate_active_expiry ON certificate (expiry_date) WHERE status = 'ACTIVE';

ALTER TABLE certification_decision
    ADD CONSTRAINT certification_decision_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id);

-- Head office and sites named on a certificate, in the order given.
CREATE TABLE certificate_site (
    certificate_id   uuid NOT NULL REFERENCES certificate (id),
    position         integer NOT NULL,
    site_id          uuid,
    name             varchar(300) NOT NULL,
    city             varchar(200) NOT NULL,
    country          varchar(100) NOT NULL,
    central_function boolean NOT NULL,
    persons          integer NOT NULL,
    PRIMARY KEY (certificate_id, position)
);

-- Expiry notices sent; the key makes each notice of a certificate's validity period go out once.
CREATE TABLE expiry_notice (
    id                 uuid PRIMARY KEY,
    certificate_id     uuid NOT NULL REFERENCES certificate (id),
    expiry_date        date NOT NULL,
    days_before_expiry integer NOT NULL CHECK (days_before_expiry > 0),
    notice_date        date NOT NULL,
    sent_at            timestamptz NOT NULL,
    UNIQUE (certificate_id, expiry_date, days_before_expiry)
);
