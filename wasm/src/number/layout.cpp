#include "number/layout.hpp"

#include <string>

namespace iin::detail {
namespace {
int number(const int* digits, int from, int count) {
  int value = 0;
  for (int i = from; i < from + count; ++i) value = value * 10 + digits[i];
  return value;
}

std::string digit_string(const int* digits, int from, int count) {
  std::string out;
  for (int i = from; i < from + count; ++i) out += static_cast<char>('0' + digits[i]);
  return out;
}

// Digit 7: 1/2 born in the 1800s, 3/4 in the 1900s, 5/6 in the 2000s; odd is male.
bool century_code_ok(int code) { return code >= 1 && code <= 6; }
int century_start(int code) { return century_code_ok(code) ? 1800 + 100 * ((code - 1) / 2) : 1900; }
CivilDate iin_birth_date(const int* digits) {
  return {century_start(digits[6]) + number(digits, 0, 2), number(digits, 2, 2), number(digits, 4, 2)};
}
// Two-digit years: entities date from 1991 at the earliest, so 50-99 are 19xx, 00-49 20xx.
int bin_year(const int* digits) {
  const int yy = number(digits, 0, 2);
  return yy < 50 ? 2000 + yy : 1900 + yy;
}
}  // namespace

Problems iin_problems(const int* digits) {
  Problems problems;
  if (!century_code_ok(digits[6])) problems.add(Code::invalid_century_code);
  const CivilDate born = iin_birth_date(digits);
  if (!is_valid_date(born.year, born.month, born.day)) problems.add(Code::invalid_birth_date);
  return problems;
}

Problems bin_problems(const int* digits) {
  Problems problems;
  const int month = number(digits, 2, 2);
  if (month < 1 || month > 12) problems.add(Code::invalid_registration_month);
  if (digits[4] < 4 || digits[4] > 6) problems.add(Code::invalid_entity_type);
  if (digits[5] > 3) problems.add(Code::invalid_division);
  return problems;
}

IinReading read_iin(const int* digits) {
  IinReading reading{std::nullopt, iin_problems(digits)};
  if (reading.problems.empty()) {
    const int code = digits[6];
    reading.data = IinData{iin_birth_date(digits), code % 2 == 1 ? Gender::male : Gender::female,
                           century_start(code) / 100 + 1, digit_string(digits, 7, 4)};
  }
  return reading;
}

BinReading read_bin(const int* digits) {
  BinReading reading{std::nullopt, bin_problems(digits)};
  if (reading.problems.empty()) {
    reading.data = BinData{bin_year(digits), number(digits, 2, 2), static_cast<Entity>(digits[4] - 4),
                           static_cast<Division>(digits[5]), digit_string(digits, 6, 5)};
  }
  return reading;
}

Kind intended_kind(const int* digits) { return digits[4] <= 3 ? Kind::iin : Kind::bin; }

}  // namespace iin::detail
