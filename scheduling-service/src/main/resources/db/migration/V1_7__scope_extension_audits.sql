-- A scope extension audits the whole extended scope and every site, existing and added; null: the programme's.
ALTER TABLE planned_audit ADD COLUMN scope text;
ALTER TABLE planned_audit ADD COLUMN sites text;
