-- The reminders of the client's answer to a nonconformity of a completed audit: one per nonconformity and due date,
-- by the first daily run within cb.audit.response-reminder-days of it; the key lets a second run, or a second replica,
-- find nothing new.
CREATE TABLE response_reminder (
    finding_id   uuid        NOT NULL REFERENCES finding (id),
    response_due date        NOT NULL,
    audit_id     uuid        NOT NULL REFERENCES audit (id),
    reminded_on  date        NOT NULL,
    reminded_by  varchar(200) NOT NULL,
    PRIMARY KEY (finding_id, response_due)
);

-- The run looks for nonconformities awaiting the client's answer by due date.
CREATE INDEX finding_awaiting_response ON finding (response_due) WHERE nc_status IN ('AWAITING_RESPONSE', 'RETURNED');
