-- Public verification by number is the register's busiest question: the sites it shows are kept in the certificate
-- row, so that it reads one row of one table. Statement triggers keep them equal to certificate_site whatever writes
-- it; the JPA mapping never writes these columns. A site without a scope of its own has a null scope here.
ALTER TABLE certificate
    ADD COLUMN site_names     text[],
    ADD COLUMN site_cities    text[],
    ADD COLUMN site_countries text[],
    ADD COLUMN site_scopes    text[];

CREATE FUNCTION certificate_public_sites() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE certificate c
    SET (site_names, site_cities, site_countries, site_scopes) = (
        SELECT array_agg(s.name ORDER BY s.position), array_agg(s.city ORDER BY s.position),
               array_agg(s.country ORDER BY s.position), array_agg(s.scope ORDER BY s.position)
        FROM certificate_site s
        WHERE s.certificate_id = c.id)
    WHERE c.id IN (SELECT DISTINCT certificate_id FROM changed_sites);
    RETURN NULL;
END
$$;

-- A trigger with transition tables serves one kind of change; all three share the function.
CREATE TRIGGER certificate_site_inserted AFTER INSERT ON certificate_site
    REFERENCING NEW TABLE AS changed_sites FOR EACH STATEMENT EXECUTE FUNCTION certificate_public_sites();
CREATE TRIGGER certificate_site_updated AFTER UPDATE ON certificate_site
    REFERENCING NEW TABLE AS changed_sites FOR EACH STATEMENT EXECUTE FUNCTION certificate_public_sites();
CREATE TRIGGER certificate_site_deleted AFTER DELETE ON certificate_site
    REFERENCING OLD TABLE AS changed_sites FOR EACH STATEMENT EXECUTE FUNCTION certificate_public_sites();

UPDATE certificate c
SET (site_names, site_cities, site_countries, site_scopes) = (
    SELECT array_agg(s.name ORDER BY s.position), array_agg(s.city ORDER BY s.position),
           array_agg(s.country ORDER BY s.position), array_agg(s.scope ORDER BY s.position)
    FROM certificate_site s
    WHERE s.certificate_id = c.id);
