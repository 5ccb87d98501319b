#include "iin/row_values.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

namespace iin {
namespace {
// Lower case for ASCII and the Cyrillic letters of Russian and Kazakh, in UTF-8.
std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 'A' && byte <= 'Z') {
      out.push_back(static_cast<char>(byte + 32));
      continue;
    }
    if (i + 1 < text.size()) {
      const auto next = static_cast<unsigned char>(text[i + 1]);
      if (byte == 0xD0 && next >= 0x90 && next <= 0x9F) {  // А..П → а..п
        out += {'\xD0', static_cast<char>(next + 0x20)};
        ++i;
        continue;
      }
      if (byte == 0xD0 && next >= 0xA0 && next <= 0xAF) {  // Р..Я → р..я
        out += {'\xD1', static_cast<char>(next - 0x20)};
        ++i;
        continue;
      }
      if (byte == 0xD0 && next >= 0x80 && next <= 0x8F) {  // Ѐ..Џ (Ё, Ї, І…) → ѐ..џ
        out += {'\xD1', static_cast<char>(next + 0x10)};
        ++i;
        continue;
      }
      if ((byte == 0xD2 || byte == 0xD3) && next >= 0x80 && next <= 0xBF && next % 2 == 0 &&
          !(byte == 0xD3 && next == 0x80)) {  // Қ Ғ Ң Ү Ұ Һ Ә Ө and the like: even → odd
        out += {static_cast<char>(byte), static_cast<char>(next + 1)};
        ++i;
        continue;
      }
    }
    out.push_back(static_cast<char>(byte));
  }
  return out;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
    text.remove_suffix(1);
  return text;
}

// A column name folded, trimmed, without a final ':' or '.'.
std::string name_key(std::string_view name) {
  std::string_view t = trim(name);
  while (!t.empty() && (t.back() == ':' || t.back() == '.')) t.remove_suffix(1);
  return fold(trim(t));
}

bool digits(std::string_view text, std::size_t from, std::size_t count, int& value) {
  if (from + count > text.size()) return false;
  value = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    value = value * 10 + (text[i] - '0');
  }
  return true;
}

// Reads 1 or 2 digits at `at`; moves `at` past them.
bool small_number(std::string_view text, std::size_t& at, int& value) {
  int one = 0;
  if (!digits(text, at, 1, one)) return false;
  int two = 0;
  if (digits(text, at, 2, two)) {
    value = two;
    at += 2;
  } else {
    value = one;
    at += 1;
  }
  return true;
}

std::optional<CivilDate> date_of(int year, int month, int day) {
  if (year < 1800 || !is_valid_date(year, month, day)) return std::nullopt;
  return CivilDate{year, month, day};
}

// After the date: nothing, or a time ("0:00:00", "T00:00").
bool only_time_follows(std::string_view rest) {
  if (rest.empty()) return true;
  if (rest.front() != ' ' && rest.front() != 'T') return false;
  return std::all_of(rest.begin() + 1, rest.end(),
                     [](char c) { return (c >= '0' && c <= '9') || c == ':' || c == '.'; });
}

std::optional<CivilDate> excel_serial(std::string_view cell) {
  std::size_t at = 0;
  long serial = 0;
  for (; at < cell.size() && cell[at] >= '0' && cell[at] <= '9'; ++at) {
    serial = serial * 10 + (cell[at] - '0');
    if (serial > 2958465) return std::nullopt;  // 9999-12-31
  }
  if (at == 0) return std::nullopt;
  if (at < cell.size()) {  // a fraction is the time of day
    if (cell[at] != '.' && cell[at] != ',') return std::nullopt;
    for (++at; at < cell.size(); ++at) {
      if (cell[at] < '0' || cell[at] > '9') return std::nullopt;
    }
  }
  if (serial < 1 || serial == 60) return std::nullopt;  // Excel counts a 29 February 1900 that never was
  const long from_1970 = serial - (serial < 60 ? 25568 : 25569);
  return civil_from_days(from_1970);
}
}  // namespace

std::optional<CivilDate> parse_cell_date(std::string_view cell, bool serials) {
  cell = trim(cell);
  int year = 0;
  int month = 0;
  int day = 0;
  // YYYY-MM-DD, YYYY.MM.DD
  if (digits(cell, 0, 4, year) && cell.size() >= 10 && (cell[4] == '-' || cell[4] == '.') &&
      cell[7] == cell[4] && digits(cell, 5, 2, month) && digits(cell, 8, 2, day) &&
      only_time_follows(cell.substr(10))) {
    return date_of(year, month, day);
  }
  // D.M.YYYY, DD.MM.YYYY, with '.', '/' or '-'
  std::size_t at = 0;
  if (small_number(cell, at, day) && at < cell.size()) {
    const char mark = cell[at];
    if ((mark == '.' || mark == '/' || mark == '-') && small_number(cell, ++at, month) && at < cell.size() &&
        cell[at] == mark && digits(cell, at + 1, 4, year) && only_time_follows(cell.substr(at + 5))) {
      // With '/' the month may come first, as US Excel writes it: 11/23/1990 can only be that;
      // 03/05/1990 is two days, and is no date rather than a guessed one.
      if (mark == '/' && day != month && day <= 12) {
        if (month <= 12) return std::nullopt;
        std::swap(day, month);
      }
      return date_of(year, month, day);
    }
  }
  return serials ? excel_serial(cell) : std::nullopt;
}

std::optional<Gender> parse_cell_sex(std::string_view cell) {
  std::string key = name_key(cell);
  static constexpr std::array<std::string_view, 10> kMale = {"м",    "m", "муж", "мужской", "мужчина",
                                                             "male", "е", "ер",  "еркек",   "man"};
  static constexpr std::array<std::string_view, 10> kFemale = {"ж",      "f", "жен",  "женский", "женщина",
                                                               "female", "ә", "әйел", "w",       "woman"};
  if (std::find(kMale.begin(), kMale.end(), key) != kMale.end()) return Gender::male;
  if (std::find(kFemale.begin(), kFemale.end(), key) != kFemale.end()) return Gender::female;
  return std::nullopt;
}

bool names_birth_date(std::string_view name) {
  const std::string key = name_key(name);
  static constexpr std::array<std::string_view, 13> kParts = {
      "дата рожд", "день рожд", "туған күн", "туылған күн", "туған жыл", "date of birth", "birth date",
      "birthdate", "birthday",  "д.р",       "д/р",         "born",      "рождени"};
  for (std::string_view part : kParts) {
    if (key.find(part) != std::string::npos) return true;
  }
  return key == "dob";
}

bool names_sex(std::string_view name) {
  const std::string key = name_key(name);
  static constexpr std::array<std::string_view, 6> kNames = {"пол", "жынысы", "жыныс",
                                                             "sex", "gender", "м/ж"};
  return std::find(kNames.begin(), kNames.end(), key) != kNames.end();
}

bool names_number(std::string_view name) {
  std::string key = name_key(name);
  key.erase(std::remove(key.begin(), key.end(), ' '), key.end());
  static constexpr std::array<std::string_view, 14> kNames = {
      "иин",     "iin",     "жсн",    "бин",  "bin",           "бсн",    "иин/бин",
      "iin/bin", "жсн/бсн", "иинбин", "№иин", "иинсотрудника", "iinbin", "ид.номер"};
  return std::find(kNames.begin(), kNames.end(), key) != kNames.end();
}

}  // namespace iin
