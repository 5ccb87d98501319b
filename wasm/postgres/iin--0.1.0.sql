-- The extension "iin" (wasm/postgres/README.md): the C++ checker of IIN Checker in SQL.
\echo Use "CREATE EXTENSION iin" to load this file. \quit

-- Every function gives the same answer for the same text, whatever the day or the session
-- (IMMUTABLE), answers NULL for NULL without being called (STRICT), and runs in parallel
-- workers (PARALLEL SAFE): usable in CHECK constraints, indexes on expressions and parallel
-- scans. None of them reads today's date.

CREATE FUNCTION iin_valid(number text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'iin_valid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION iin_valid(text) IS 'Whether the text is a valid IIN or BIN: twelve digits (spaces and hyphens allowed) whose check digit is right';

CREATE FUNCTION iin_valid(number text, expect text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'iin_valid_as' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION iin_valid(text, text) IS 'Whether the text is valid and not of the other kind: expect is ''iin'' or ''bin''';

CREATE FUNCTION iin_check(number text) RETURNS jsonb
  AS 'MODULE_PATHNAME', 'iin_check' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION iin_check(text) IS 'The whole result, with the fields of the JavaScript check(): valid, kind, errors, warnings, iin, bin, suggestions...';

CREATE FUNCTION iin_kind(number text) RETURNS text
  AS 'MODULE_PATHNAME', 'iin_kind' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION iin_kind(text) IS '''iin'', ''bin'' or ''unknown'' (valid, but following neither layout); NULL when not valid';

CREATE FUNCTION iin_birth_date(number text) RETURNS date
  AS 'MODULE_PATHNAME', 'iin_birth_date' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION iin_birth_date(text) IS 'The birth date a valid IIN encodes; NULL otherwise';

CREATE FUNCTION iin_sex(number text) RETURNS text
  AS 'MODULE_PATHNAME', 'iin_sex' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION iin_sex(text) IS '''male'' or ''female'', as a valid IIN encodes it; NULL otherwise';

CREATE FUNCTION bin_registered(number text) RETURNS date
  AS 'MODULE_PATHNAME', 'bin_registered' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bin_registered(text) IS 'The first day of the month a valid BIN was (re)registered; NULL otherwise';

-- Columns that hold the twelve digits and nothing else (no spaces or hyphens), valid, and not
-- of the other kind. An IIN issued since 2013 need not encode a birth date: it is a kz_iin all
-- the same. NULL passes, as with any domain: add NOT NULL where a number is required.
CREATE DOMAIN kz_iin AS text CHECK (length(VALUE) = 12 AND iin_valid(VALUE, 'iin'));
COMMENT ON DOMAIN kz_iin IS 'A valid IIN (a person''s number), as its twelve digits';
CREATE DOMAIN kz_bin AS text CHECK (length(VALUE) = 12 AND iin_valid(VALUE, 'bin'));
COMMENT ON DOMAIN kz_bin IS 'A valid BIN (an organisation''s number), as its twelve digits';
