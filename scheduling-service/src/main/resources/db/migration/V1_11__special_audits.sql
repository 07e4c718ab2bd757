-- What staff (or a rule) planned an audit as besides the programme's, and why; null for the contract's and certificate's.
ALTER TABLE planned_audit ADD COLUMN special_kind varchar(40);
ALTER TABLE planned_audit ADD COLUMN special_reason text;
