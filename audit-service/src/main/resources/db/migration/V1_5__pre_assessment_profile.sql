-- The outcome of a stage review or a system and risk review: a strengths and weaknesses profile per process area
-- with a maturity level, and a short report. Findings only: the certification body never advises (impartiality).
CREATE TABLE pre_assessment (
    audit_id   uuid PRIMARY KEY REFERENCES audit (id),
    summary    text NOT NULL,
    updated_by varchar(200) NOT NULL,
    updated_at timestamptz NOT NULL,
    version    bigint NOT NULL DEFAULT 0
);

CREATE TABLE pre_assessment_area (
    audit_id     uuid NOT NULL REFERENCES pre_assessment (audit_id) ON DELETE CASCADE,
    position     integer NOT NULL,
    process_area varchar(20) NOT NULL,
    maturity     smallint NOT NULL CHECK (maturity BETWEEN 0 AND 5),
    strengths    text,
    weaknesses   text,
    PRIMARY KEY (audit_id, position)
);
