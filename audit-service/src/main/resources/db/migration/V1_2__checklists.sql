-- The checklist of an audit, generated from its type and standards when scheduling books it.
-- Clause numbers and titles only: the requirement text is the standard publisher's.
CREATE TABLE checklist_item (
    id          uuid PRIMARY KEY,
    audit_id    uuid NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    section     varchar(40) NOT NULL,
    clause      varchar(20) NOT NULL,
    title       varchar(200) NOT NULL,
    position    integer NOT NULL,
    answer      varchar(20) CHECK (answer IN ('CONFORMING', 'NONCONFORMING', 'NOT_APPLICABLE', 'NOT_AUDITED')),
    note        text,
    answered_by varchar(200),
    answered_at timestamptz,
    version     bigint NOT NULL DEFAULT 0,
    -- one item per clause and section: a checklist is never generated twice for an audit
    CONSTRAINT checklist_item_clause UNIQUE (audit_id, section, clause),
    CONSTRAINT checklist_item_position UNIQUE (audit_id, position)
);
