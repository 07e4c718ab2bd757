-- Each site named on a certificate carries its own scope (ISO/IEC 17021-1 8.2.2) where it differs from the
-- certificate's; empty means the site is certified for the certificate's scope, whatever that becomes.
ALTER TABLE certificate_site ADD COLUMN scope text;
ALTER TABLE certificate_revision_site ADD COLUMN scope text;

-- The daily expiry notices read the notices already sent for the expiry dates of the coming notice periods.
CREATE INDEX expiry_notice_expiry_date ON expiry_notice (expiry_date);
