-- Decisions: what kind of decision an audit needs, refusals and requests for more information, and every step
-- of a decision with who, when and why.
ALTER TABLE certification_decision DROP CONSTRAINT certification_decision_status_check;
ALTER TABLE certification_decision DROP CONSTRAINT certification_decision_check;
ALTER TABLE certification_decision ALTER COLUMN status TYPE varchar(30);
ALTER TABLE certification_decision
    ADD COLUMN kind varchar(20) NOT NULL DEFAULT 'CERTIFICATION'
        CHECK (kind IN ('CERTIFICATION', 'CONTINUATION', 'RENEWAL')),
    ADD COLUMN nonconformities_closed_on date,
    ADD CONSTRAINT certification_decision_status_check
        CHECK (status IN ('OPEN', 'INFORMATION_REQUESTED', 'GRANTED', 'REFUSED')),
    ADD CONSTRAINT certification_decision_decided
        CHECK (status = 'OPEN' OR (decided_by IS NOT NULL AND decided_at IS NOT NULL AND rationale IS NOT NULL));
-- Decisions opened before kinds existed: a recertification renews (only stage 2 and the like opened decisions then).
UPDATE certification_decision SET kind = 'RENEWAL' WHERE audit ->> 'type' = 'RECERTIFICATION';
ALTER TABLE certification_decision ALTER COLUMN kind DROP DEFAULT;

CREATE TABLE decision_step (
    id          uuid PRIMARY KEY,
    decision_id uuid NOT NULL REFERENCES certification_decision (id),
    outcome     varchar(30) NOT NULL CHECK (outcome IN ('INFORMATION_REQUESTED', 'GRANTED', 'REFUSED')),
    decided_by  varchar(200) NOT NULL,
    decided_at  timestamptz NOT NULL,
    rationale   text NOT NULL
);
CREATE INDEX decision_step_decision ON decision_step (decision_id, decided_at);

-- Certificates: the cycle a renewal starts, and every revision as it was issued, so that each can be downloaded.
ALTER TABLE certificate ADD COLUMN cycle integer NOT NULL DEFAULT 1 CHECK (cycle >= 1);
ALTER TABLE certificate ALTER COLUMN cycle DROP DEFAULT;

-- Public search by the beginning of the holder's name, whatever its case.
CREATE INDEX certificate_holder ON certificate (lower(holder_name) text_pattern_ops, number);
-- The daily lifecycle job and the expiry notices: live certificates by expiry date and suspensions by their end. Plain
-- (not partial) indexes, so that the job's parameterised status filter can use them under a generic plan too.
CREATE INDEX certificate_status_expiry ON certificate (status, expiry_date);
CREATE INDEX certificate_status_suspended_until ON certificate (status, suspended_until);
-- Cloud certificates follow the ISO/IEC 20000-1 certificate of their holder.
CREATE INDEX certificate_client_standard ON certificate (client_id, standard);

CREATE TABLE certificate_revision (
    id                          uuid PRIMARY KEY,
    certificate_id              uuid NOT NULL REFERENCES certificate (id),
    revision                    integer NOT NULL CHECK (revision >= 1),
    cycle                       integer NOT NULL,
    reason                      varchar(30) NOT NULL
        CHECK (reason IN ('INITIAL', 'RENEWAL', 'SCOPE_CHANGE', 'ADDRESS_CHANGE', 'SCOPE_REDUCTION')),
    holder_name                 varchar(300) NOT NULL,
    standard                    varchar(40) NOT NULL,
    scope                       text NOT NULL,
    original_certification_date date NOT NULL,
    issue_date                  date NOT NULL,
    expiry_date                 date NOT NULL,
    issued_at                   timestamptz NOT NULL,
    issued_by                   varchar(200) NOT NULL,
    UNIQUE (certificate_id, revision)
);

CREATE TABLE certificate_revision_site (
    revision_id      uuid NOT NULL REFERENCES certificate_revision (id),
    position         integer NOT NULL,
    site_id          uuid,
    name             varchar(300) NOT NULL,
    city             varchar(200) NOT NULL,
    country          varchar(100) NOT NULL,
    central_function boolean NOT NULL,
    persons          integer NOT NULL,
    PRIMARY KEY (revision_id, position)
);

-- The "certificate issuance and right to use licence": its terms are versioned; a licence names the version agreed.
CREATE TABLE licence_terms (
    version        integer PRIMARY KEY,
    effective_from date NOT NULL,
    title          varchar(300) NOT NULL,
    text           text NOT NULL
);
INSERT INTO licence_terms (version, effective_from, title, text) VALUES (1, DATE '2000-01-01',
    'Certificate issuance and right to use licence',
    'The holder may use the certificate and the certification mark of the certification body for the certified '
    || 'scope and sites only, while the certificate is valid. The right to use lapses while the certificate is '
    || 'suspended and ends when it is withdrawn or expires. The mark must not be used on products or laboratory test, '
    || 'calibration or inspection reports, nor in a way that suggests the certification body certified a product or '
    || 'service. Misuse of the mark leads to suspension or withdrawal of the certificate.');

CREATE TABLE licence (
    id             uuid PRIMARY KEY,
    version        bigint NOT NULL,
    certificate_id uuid NOT NULL UNIQUE REFERENCES certificate (id),
    certificate_number varchar(30) NOT NULL,
    client_id      uuid NOT NULL,
    terms_version  integer NOT NULL REFERENCES licence_terms (version),
    status         varchar(20) NOT NULL CHECK (status IN ('GRANTED', 'REVOKED')),
    granted_on     date NOT NULL,
    status_since   date NOT NULL,
    status_note    text
);
CREATE INDEX licence_client ON licence (client_id, granted_on);

-- Licences of certificates issued before licences existed.
INSERT INTO licence (id, version, certificate_id, certificate_number, client_id, terms_version, status, granted_on,
                     status_since)
SELECT gen_random_uuid(), 0, id, number, client_id, 1, CASE WHEN status = 'ACTIVE' THEN 'GRANTED' ELSE 'REVOKED' END,
       issue_date, status_since
FROM certificate;

-- Revision records of certificates issued before revisions were kept.
INSERT INTO certificate_revision (id, certificate_id, revision, cycle, reason, holder_name, standard, scope,
                                  original_certification_date, issue_date, expiry_date, issued_at, issued_by)
SELECT gen_random_uuid(), id, revision, 1, 'INITIAL', holder_name, standard, scope, original_certification_date,
       issue_date, expiry_date, issued_at, 'certificate-service'
FROM certificate;
INSERT INTO certificate_revision_site (revision_id, position, site_id, name, city, country, central_function, persons)
SELECT r.id, s.position, s.site_id, s.name, s.city, s.country, s.central_function, s.persons
FROM certificate_revision r JOIN certificate_site s ON s.certificate_id = r.certificate_id;
