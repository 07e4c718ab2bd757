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
ALTER TABLE auditor ADD COLUMN competence jsonb NOT NULL
    DEFAULT '{"qualifications": [], "witnessAudits": [], "development": []}';

-- The technical areas of the client's scope the audit team must cover, a JSON array of codes as the programme's
-- other lists; empty for contracts that named none.
ALTER TABLE audit_programme ADD COLUMN technical_areas text NOT NULL DEFAULT '[]';
