SET datestyle = ISO;
-- Every function on valid IINs and BINs, invalid numbers, NULL, empty, 13-digit and non-ASCII text.
-- The examples: IINs 901123300258, 061211600012 (its check digit comes from the second weights),
-- 870413300129 (check digit wrong); BINs 940140000385, 990940003030; 123456789013 is valid but
-- follows neither layout.
SELECT number, iin_valid(number) AS valid, iin_kind(number) AS kind, iin_birth_date(number) AS birth,
       iin_sex(number) AS sex, bin_registered(number) AS registered
FROM (VALUES ('901123300258'), ('901 123 300 258'), ('061211600012'), ('870413300129'), ('940140000385'),
             ('990940003030'), ('123456789013'), ('150163000128'), (''), (' - '), ('90112330025'),
             ('9011233002581'), ('9011x3300258'), ('９０１１２３３００２５８'), ('90112Ο300258'),
             ('901‮123300258'), ('Айгерим'), (NULL)) AS t(number);

-- STRICT: NULL in, NULL out, for every function.
SELECT iin_valid(NULL) IS NULL AS valid, iin_valid(NULL, 'iin') IS NULL AS valid_as, iin_check(NULL) IS NULL AS "check",
       iin_kind(NULL) IS NULL AS kind, iin_birth_date(NULL) IS NULL AS birth, iin_sex(NULL) IS NULL AS sex,
       bin_registered(NULL) IS NULL AS registered;

-- The second argument of iin_valid: the kind expected.
SELECT iin_valid('901123300258', 'iin') AS iin_as_iin, iin_valid('901123300258', 'bin') AS iin_as_bin,
       iin_valid('940140000385', 'bin') AS bin_as_bin, iin_valid('940140000385', 'iin') AS bin_as_iin,
       iin_valid('123456789013', 'iin') AS neither_as_iin, iin_valid('870413300129', 'iin') AS wrong_digit;
SELECT iin_valid('901123300258', 'person');

-- iin_check: the whole result, with the fields and values of the JavaScript check().
SELECT jsonb_pretty(iin_check('901 123 300 258'));
SELECT jsonb_pretty(iin_check('870413300129'));
SELECT jsonb_pretty(iin_check('940140000385'));
SELECT iin_check('')->'errors' AS empty, iin_check('9011233002581')->'errors'->0->>'code' AS thirteen,
       iin_check('123456789013')->'warnings'->0->>'code' AS neither;
SELECT iin_check('９０１１２３３００２５８')->'errors' AS full_width;
SELECT iin_check('901‮123300258')->'errors'->0->>'code' AS code, iin_check('901‮123300258')->'errors'->0->'position' AS position;
-- Long text is refused without being read: 5,000 digits.
SELECT iin_check(repeat('9', 5000))->'errors'->0->>'code' AS code, iin_valid(repeat('9', 5000)) AS valid;

-- The functions' labels, as the catalogue has them.
SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS arguments, p.provolatile AS volatility,
       p.proisstrict AS strict, p.proparallel AS parallel
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid JOIN pg_extension e ON e.oid = d.refobjid
WHERE e.extname = 'iin' ORDER BY 1, 2;
