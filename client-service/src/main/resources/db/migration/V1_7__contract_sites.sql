-- A contract lists every site the client applied for, all covered by the certification; each audit visits a sample.
CREATE TABLE contract_site (
    contract_id      uuid         NOT NULL REFERENCES contract (id),
    position         integer      NOT NULL,
    site_id          uuid         NOT NULL,
    name             varchar(200) NOT NULL,
    city             varchar(100) NOT NULL,
    country          char(2)      NOT NULL,
    central_function boolean      NOT NULL,
    persons          integer      NOT NULL,
    PRIMARY KEY (contract_id, position)
);

-- contracts signed before carry the sites of their quotation
INSERT INTO contract_site (contract_id, position, site_id, name, city, country, central_function, persons)
SELECT c.id, s.position, s.site_id, s.name, s.city, s.country, s.central_function, s.persons
FROM contract c
         JOIN quotation_site s ON s.quotation_id = c.quotation_id;
