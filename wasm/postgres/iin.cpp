// The PostgreSQL functions of the extension "iin" (iin--0.1.0.sql declares them): the C++ core's
// check() behind PostgreSQL's calling convention, and nothing else.
//
// PostgreSQL reports an error with a longjmp, which would skip C++ destructors. So every call
// below that can raise one (detoasting, encoding conversion, palloc, jsonb_in) runs where no C++
// object is alive: the core's result is read into plain values first, in its own scope.

#include <cstring>
#include <string>
#include <string_view>

#include "iin/identifier.hpp"

extern "C" {
#include "postgres.h"
// The rest after postgres.h, which must come first.
#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"

PG_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(iin_valid);
PG_FUNCTION_INFO_V1(iin_valid_as);
PG_FUNCTION_INFO_V1(iin_check);
PG_FUNCTION_INFO_V1(iin_kind);
PG_FUNCTION_INFO_V1(iin_birth_date);
PG_FUNCTION_INFO_V1(iin_sex);
PG_FUNCTION_INFO_V1(bin_registered);
}

namespace {

// The argument as UTF-8: the text itself in a UTF-8 (or SQL_ASCII) database, a converted copy in
// any other.
std::string_view utf8_argument(FunctionCallInfo fcinfo, int n) {
  const text* argument = PG_GETARG_TEXT_PP(n);
  const char* data = VARDATA_ANY(argument);
  const int size = static_cast<int>(VARSIZE_ANY_EXHDR(argument));
  const char* converted = pg_server_to_any(data, size, PG_UTF8);
  return {converted, converted == data ? static_cast<std::size_t>(size) : std::strlen(converted)};
}

iin::CheckOptions no_suggestions() {
  iin::CheckOptions options;
  options.suggest = false;
  return options;
}

// What the functions below return, read from a check while it is alive.
struct Reading {
  bool valid = false;
  iin::Kind kind = iin::Kind::unknown;
  iin::CivilDate date;  // the birth date of an IIN, the first day of a BIN's registration month
  iin::Gender gender = iin::Gender::male;
};

Reading read(std::string_view input) {
  const iin::IdResult result = iin::check(input, no_suggestions());
  Reading reading{result.valid, result.kind, {}, {}};
  if (result.iin) {
    reading.date = result.iin->birth_date;
    reading.gender = result.iin->gender;
  } else if (result.bin) {
    reading.date = {result.bin->year, result.bin->month, 1};
  }
  return reading;
}

Datum date_datum(const iin::CivilDate& date) {
  return DateADTGetDatum(date2j(date.year, date.month, date.day) - POSTGRES_EPOCH_JDATE);
}

// `text` copied into memory of the current call, or null when there is none to be had.
char* palloc_copy(const std::string& text) {
  auto* copy = static_cast<char*>(palloc_extended(text.size() + 1, MCXT_ALLOC_NO_OOM));
  if (copy) std::memcpy(copy, text.c_str(), text.size() + 1);
  return copy;
}

}  // namespace

extern "C" {

// iin_valid(text): the number is a valid IIN or BIN (its check digit is right).
Datum iin_valid(PG_FUNCTION_ARGS) { PG_RETURN_BOOL(iin::is_valid(utf8_argument(fcinfo, 0))); }

// iin_valid(text, expect text): valid, and not of the other kind ('iin' or 'bin').
Datum iin_valid_as(PG_FUNCTION_ARGS) {
  const std::string_view input = utf8_argument(fcinfo, 0);
  const std::string_view expect = utf8_argument(fcinfo, 1);
  const std::optional<iin::Kind> kind = iin::parse_kind(expect);
  if (!kind) {
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                    errmsg("iin_valid: expect must be 'iin' or 'bin', not \"%.*s\"",
                           static_cast<int>(expect.size()), expect.data())));
  }
  bool valid = false;
  {
    iin::CheckOptions options = no_suggestions();
    options.expect = kind;
    valid = iin::check(input, options).valid;
  }
  PG_RETURN_BOOL(valid);
}

// iin_check(text) → jsonb: the whole result, with the fields of the JavaScript check().
Datum iin_check(PG_FUNCTION_ARGS) {
  const std::string_view input = utf8_argument(fcinfo, 0);
  char* json = palloc_copy(iin::to_json(input, iin::check(input)));  // the C++ strings end here
  if (!json) ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("iin_check: out of memory")));
  PG_RETURN_DATUM(DirectFunctionCall1(
      jsonb_in, CStringGetDatum(pg_any_to_server(json, static_cast<int>(std::strlen(json)), PG_UTF8))));
}

// iin_kind(text): 'iin', 'bin' or 'unknown' (valid, but following neither layout); NULL when
// the number is not valid.
Datum iin_kind(PG_FUNCTION_ARGS) {
  const Reading reading = read(utf8_argument(fcinfo, 0));
  if (!reading.valid) PG_RETURN_NULL();
  PG_RETURN_TEXT_P(cstring_to_text(iin::name(reading.kind)));
}

// iin_birth_date(text): the birth date a valid IIN encodes; NULL otherwise.
Datum iin_birth_date(PG_FUNCTION_ARGS) {
  const Reading reading = read(utf8_argument(fcinfo, 0));
  if (!reading.valid || reading.kind != iin::Kind::iin) PG_RETURN_NULL();
  PG_RETURN_DATUM(date_datum(reading.date));
}

// iin_sex(text): 'male' or 'female', as a valid IIN encodes it; NULL otherwise.
Datum iin_sex(PG_FUNCTION_ARGS) {
  const Reading reading = read(utf8_argument(fcinfo, 0));
  if (!reading.valid || reading.kind != iin::Kind::iin) PG_RETURN_NULL();
  PG_RETURN_TEXT_P(cstring_to_text(iin::name(reading.gender)));
}

// bin_registered(text): the first day of the month a valid BIN was (re)registered; NULL otherwise.
Datum bin_registered(PG_FUNCTION_ARGS) {
  const Reading reading = read(utf8_argument(fcinfo, 0));
  if (!reading.valid || reading.kind != iin::Kind::bin) PG_RETURN_NULL();
  PG_RETURN_DATUM(date_datum(reading.date));
}

}  // extern "C"
