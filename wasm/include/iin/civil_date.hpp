#pragma once
// Calendar dates in the proleptic Gregorian calendar, as plain values.

#include <optional>
#include <string>
#include <string_view>

namespace iin {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  friend bool operator==(const CivilDate& a, const CivilDate& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
  friend bool operator!=(const CivilDate& a, const CivilDate& b) { return !(a == b); }
  friend bool operator<(const CivilDate& a, const CivilDate& b) {
    if (a.year != b.year) return a.year < b.year;
    if (a.month != b.month) return a.month < b.month;
    return a.day < b.day;
  }
  friend bool operator<=(const CivilDate& a, const CivilDate& b) { return !(b < a); }
};

bool is_leap_year(int year);
int days_in_month(int year, int month);  // 0 when month is out of range
bool is_valid_date(int year, int month, int day);

// Strict "YYYY-MM-DD" with a real calendar date, years 1000..9999.
std::optional<CivilDate> parse_iso_date(std::string_view text);
std::string format_iso_date(const CivilDate& date);

// Days since 1970-01-01 and back; weekday 0 = Monday .. 6 = Sunday.
long days_from_civil(const CivilDate& date);
CivilDate civil_from_days(long days);
int weekday(const CivilDate& date);
CivilDate add_days(const CivilDate& date, long days);

// The date on which someone born on `birth` turns `years` old. A 29 February birthday
// falls on 1 March in common years.
CivilDate anniversary(const CivilDate& birth, int years);

}  // namespace iin
