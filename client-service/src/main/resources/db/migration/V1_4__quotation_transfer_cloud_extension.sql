-- A quotation for the rest of a transferred cycle keeps the transferred certificate and the pre-transfer review;
-- one for a certified client's cloud extension (TR 20000-9) keeps when it is audited. Never both.
ALTER TABLE quotation
    ADD COLUMN transfer_certificate_number   varchar(100),
    ADD COLUMN transfer_body                 varchar(200),
    ADD COLUMN transfer_expiry               date,
    ADD COLUMN transfer_open_nonconformities integer,
    ADD COLUMN pre_transfer_review           text,
    ADD COLUMN cloud_extension               varchar(20),
    ADD CONSTRAINT quotation_cloud_extension_not_with_transfer
        CHECK (cloud_extension IS NULL OR transfer_certificate_number IS NULL);
