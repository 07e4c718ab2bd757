-- The catalogue of technical areas (the kinds of IT service a client's scope covers), each with its IAF code;
-- an area is retired rather than deleted once a qualification or a programme names it.
CREATE TABLE technical_area (
    code        varchar(50) PRIMARY KEY,
    title       varchar(200) NOT NULL,
    iaf_code    varchar(10)  NOT NULL,
    retired_on  date,
    added_at    timestamptz  NOT NULL
);

-- An auditor's competence record: qualifications (standard, role, technical areas, evidence, validity), witness
-- audits with their evaluation, and continuing professional development.
ALTER TABLE auditor ADD COLUMN qualifications jsonb NOT NULL DEFAULT '[]';
ALTER TABLE auditor ADD COLUMN witness_audits jsonb NOT NULL DEFAULT '[]';
ALTER TABLE auditor ADD COLUMN development jsonb NOT NULL DEFAULT '[]';

-- The technical areas of the client's scope the audit team must cover; empty for contracts that named none.
ALTER TABLE audit_programme ADD COLUMN technical_areas jsonb NOT NULL DEFAULT '[]';
