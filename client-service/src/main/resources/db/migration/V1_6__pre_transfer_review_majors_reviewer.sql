-- The pre-transfer review records how many of the transferred certificate's open nonconformities are major, and the
-- quotation keeps it with who did the review (a transfer is not granted with an open major, nor by its reviewer).
ALTER TABLE questionnaire
    ADD COLUMN pre_transfer_open_majors integer CHECK (pre_transfer_open_majors >= 0);
ALTER TABLE quotation
    ADD COLUMN pre_transfer_open_majors integer CHECK (pre_transfer_open_majors >= 0),
    ADD COLUMN pre_transfer_reviewed_by varchar(100);
