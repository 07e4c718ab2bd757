-- Surveillance, recertification and a repeated stage 2 follow up the findings of the client's previous audits: one
-- checklist item per finding, in the section PREVIOUS_FINDINGS. Several findings may name the same clause, so such
-- an item is unique by its finding, a clause of the catalogue still by its clause.
ALTER TABLE checklist_item ADD COLUMN follows_up uuid REFERENCES finding (id);
ALTER TABLE checklist_item DROP CONSTRAINT checklist_item_clause;
CREATE UNIQUE INDEX checklist_item_clause ON checklist_item (audit_id, section, clause) WHERE follows_up IS NULL;
CREATE UNIQUE INDEX checklist_item_follow_up ON checklist_item (audit_id, follows_up) WHERE follows_up IS NOT NULL;
