SET datestyle = ISO;
-- The domains kz_iin and kz_bin, and a CHECK constraint, refuse what is not a valid number of
-- their kind.
CREATE TABLE staff (name text, iin kz_iin);
INSERT INTO staff VALUES ('Aigerim Bekova', '901123300258'), ('Dana Seitkali', '061211600012');
INSERT INTO staff VALUES ('Timur Abenov', '123456789013');  -- valid, no birth date encoded: still an IIN
INSERT INTO staff VALUES ('No number yet', NULL);          -- NULL passes, as with any domain
INSERT INTO staff VALUES ('Pyotr Ivanov', '870413300129');  -- the check digit is wrong
INSERT INTO staff VALUES ('A company', '940140000385');     -- a BIN is not an IIN
INSERT INTO staff VALUES ('Spaces', '901 123 300 258');     -- only the twelve digits are stored
INSERT INTO staff VALUES ('Empty', '');
INSERT INTO staff VALUES ('Thirteen', '9011233002581');
INSERT INTO staff VALUES ('Full width', '９０１１２３３００２５８');
SELECT name, iin, iin_birth_date(iin), iin_sex(iin) FROM staff ORDER BY name;

CREATE TABLE company (name text, bin kz_bin NOT NULL);
INSERT INTO company VALUES ('Head office', '940140000385'), ('Another company', '990940003030');
INSERT INTO company VALUES ('A person', '901123300258');
INSERT INTO company VALUES ('Nobody', NULL);
SELECT name, bin, bin_registered(bin), iin_check(bin)->'bin'->>'entity' AS entity FROM company ORDER BY name;

-- The same rule as a table's CHECK constraint, on a plain text column.
CREATE TABLE payroll (iin text CHECK (iin_valid(iin, 'iin')));
INSERT INTO payroll VALUES ('901123300258');
INSERT INTO payroll VALUES ('901123300259');
SELECT count(*) FROM payroll;

-- An index on an expression (only IMMUTABLE functions are allowed in one).
CREATE INDEX staff_birth ON staff (iin_birth_date(iin));
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT name FROM staff WHERE iin_birth_date(iin) = '1990-11-23';
SELECT name FROM staff WHERE iin_birth_date(iin) = '1990-11-23';
RESET enable_seqscan;

DROP TABLE staff, company, payroll;
