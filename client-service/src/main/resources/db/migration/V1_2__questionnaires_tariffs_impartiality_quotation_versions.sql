-- Replacements of the audit time table by cb-admin; version 1 is the built-in table of DOMAIN.md.
CREATE TABLE audit_time_table (
    version               integer PRIMARY KEY CHECK (version >= 2),
    persons_per_extra_day integer      NOT NULL CHECK (persons_per_extra_day >= 1),
    created_at            timestamptz  NOT NULL,
    created_by            varchar(200) NOT NULL
);

CREATE TABLE audit_time_band (
    table_version integer      NOT NULL REFERENCES audit_time_table (version),
    position      integer      NOT NULL,
    max_persons   integer      NOT NULL,
    days          numeric(5,1) NOT NULL,
    PRIMARY KEY (table_version, position)
);

-- Tariffs by the day they take effect; before the first one the configured default applies.
CREATE TABLE tariff (
    id                      uuid PRIMARY KEY,
    valid_from              date          NOT NULL,
    day_rate                numeric(12,2) NOT NULL,
    certificate_fee         numeric(12,2) NOT NULL,
    annual_registration_fee numeric(12,2) NOT NULL,
    travel_per_audit        numeric(12,2) NOT NULL,
    currency                char(3)       NOT NULL,
    created_at              timestamptz   NOT NULL,
    created_by              varchar(200)  NOT NULL,
    CONSTRAINT tariff_valid_from_unique UNIQUE (valid_from)
);

-- Impartiality register: who consulted which client when (the certification body itself, or one of its auditors).
CREATE TABLE consultancy (
    id          uuid PRIMARY KEY,
    client_id   uuid         NOT NULL REFERENCES client (id),
    consultant  varchar(30)  NOT NULL,
    auditor     varchar(200),
    description text         NOT NULL,
    from_date   date         NOT NULL,
    to_date     date,
    recorded_at timestamptz  NOT NULL,
    recorded_by varchar(200) NOT NULL,
    CHECK ((consultant = 'AUDITOR') = (auditor IS NOT NULL)),
    CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX consultancy_client ON consultancy (client_id);

-- The application questionnaire: the facts audit time and scope depend on.
CREATE TABLE questionnaire (
    id                            uuid PRIMARY KEY,
    client_id                     uuid         NOT NULL REFERENCES client (id),
    status                        varchar(20)  NOT NULL,
    scope                         text         NOT NULL,
    service_complexity            varchar(20)  NOT NULL,
    suppliers                     integer      NOT NULL,
    outsourced_processes          text,
    integrated_system             varchar(20)  NOT NULL,
    transfer_certificate_number   varchar(100),
    transfer_body                 varchar(200),
    transfer_expiry               date,
    transfer_open_nonconformities integer,
    pre_transfer_review           text,
    submitted_at                  timestamptz  NOT NULL,
    submitted_by                  varchar(200) NOT NULL,
    reviewed_at                   timestamptz,
    reviewed_by                   varchar(200),
    review_note                   text,
    version                       integer      NOT NULL
);
CREATE INDEX questionnaire_client ON questionnaire (client_id, submitted_at);

CREATE TABLE questionnaire_site (
    questionnaire_id uuid         NOT NULL REFERENCES questionnaire (id),
    position         integer      NOT NULL,
    site_id          uuid         NOT NULL,
    name             varchar(200) NOT NULL,
    city             varchar(100) NOT NULL,
    country          char(2)      NOT NULL,
    central_function boolean      NOT NULL,
    persons          integer      NOT NULL CHECK (persons >= 1),
    PRIMARY KEY (questionnaire_id, position)
);

CREATE TABLE questionnaire_service (
    questionnaire_id uuid         NOT NULL REFERENCES questionnaire (id),
    service          varchar(200) NOT NULL,
    PRIMARY KEY (questionnaire_id, service)
);

CREATE TABLE questionnaire_standard (
    questionnaire_id uuid        NOT NULL REFERENCES questionnaire (id),
    standard         varchar(40) NOT NULL,
    PRIMARY KEY (questionnaire_id, standard)
);

CREATE TABLE questionnaire_cloud_service_model (
    questionnaire_id uuid        NOT NULL REFERENCES questionnaire (id),
    model            varchar(20) NOT NULL,
    PRIMARY KEY (questionnaire_id, model)
);

CREATE TABLE questionnaire_cloud_deployment_model (
    questionnaire_id uuid        NOT NULL REFERENCES questionnaire (id),
    model            varchar(20) NOT NULL,
    PRIMARY KEY (questionnaire_id, model)
);

-- Quotations: revisions per client (a new one supersedes the open ones), drafts before issue, the calculation kept.
ALTER TABLE quotation
    ADD COLUMN revision                 integer NOT NULL DEFAULT 1,
    ADD COLUMN questionnaire_id         uuid REFERENCES questionnaire (id),
    ADD COLUMN audit_time_table_version integer NOT NULL DEFAULT 1,
    ADD COLUMN tariff_valid_from        date,
    ADD COLUMN valid_days               integer NOT NULL DEFAULT 90,
    ADD COLUMN created_at               timestamptz,
    ADD COLUMN created_by               varchar(200),
    ADD COLUMN superseded_by            uuid,
    ADD COLUMN rejected_at              timestamptz,
    ADD COLUMN rejected_by              varchar(200),
    ADD COLUMN scope                    text;
UPDATE quotation q SET created_at = issued_at, created_by = issued_by,
                       scope = (SELECT c.scope FROM client c WHERE c.id = q.client_id);
ALTER TABLE quotation
    ALTER COLUMN created_at SET NOT NULL,
    ALTER COLUMN created_by SET NOT NULL,
    ALTER COLUMN scope SET NOT NULL,
    ALTER COLUMN issued_at DROP NOT NULL,
    ALTER COLUMN issued_by DROP NOT NULL,
    ALTER COLUMN valid_until DROP NOT NULL;

ALTER TABLE quotation_audit
    ADD COLUMN number    integer NOT NULL DEFAULT 1,
    ADD COLUMN site_days text    NOT NULL DEFAULT '';

CREATE TABLE quotation_standard (
    quotation_id uuid        NOT NULL REFERENCES quotation (id),
    standard     varchar(40) NOT NULL,
    PRIMARY KEY (quotation_id, standard)
);
INSERT INTO quotation_standard (quotation_id, standard)
SELECT q.id, s.standard FROM quotation q JOIN client_standard s ON s.client_id = q.client_id;

CREATE TABLE quotation_site (
    quotation_id     uuid         NOT NULL REFERENCES quotation (id),
    position         integer      NOT NULL,
    site_id          uuid         NOT NULL,
    name             varchar(200) NOT NULL,
    city             varchar(100) NOT NULL,
    country          char(2)      NOT NULL,
    central_function boolean      NOT NULL,
    persons          integer      NOT NULL,
    PRIMARY KEY (quotation_id, position)
);

CREATE TABLE quotation_reason (
    quotation_id uuid         NOT NULL REFERENCES quotation (id),
    position     integer      NOT NULL,
    item         varchar(200) NOT NULL,
    value        varchar(100) NOT NULL,
    reason       text         NOT NULL,
    PRIMARY KEY (quotation_id, position)
);

CREATE TABLE contract_excluded_auditor (
    contract_id uuid         NOT NULL REFERENCES contract (id),
    auditor     varchar(200) NOT NULL,
    PRIMARY KEY (contract_id, auditor)
);
