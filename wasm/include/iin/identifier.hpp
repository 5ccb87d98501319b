#pragma once
// Checking a Kazakhstani IIN (person) or BIN (organisation): normalize, check digit, decode.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "iin/civil_date.hpp"

namespace iin {

inline constexpr int kDigits = 12;
// check() reads at most this many bytes of UTF-8: anything longer is too_long without being read,
// so a huge string costs nothing (the JavaScript API refuses it before copying it, too).
inline constexpr std::size_t kMaxInputBytes = 4096;

// The order is part of the wasm wire format and of checkMany's per-line codes.
enum class Code : std::uint8_t {
  ok,
  // errors
  empty,
  invalid_character,
  bidi_control,  // an invisible direction mark (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F)
  too_short,
  too_long,
  unissuable_checksum,
  checksum_mismatch,
  invalid_birth_date,
  invalid_century_code,
  invalid_registration_month,
  invalid_entity_type,
  invalid_division,
  kind_mismatch,
  // warnings
  no_encoded_data,
  birth_date_differs,
  gender_differs,
  // warnings with `today` given, errors in strict mode: the decoded date is after today
  born_in_future,
  registered_in_future,
};
inline constexpr int kCodeCount = static_cast<int>(Code::registered_in_future) + 1;

enum class Kind : std::uint8_t { iin, bin, unknown };
enum class Gender : std::uint8_t { male, female };
enum class Entity : std::uint8_t { resident, non_resident, individual_entrepreneur };
enum class Division : std::uint8_t { head, branch, representative, farm };
// How many values each enum has: name() spells each, and the wasm wire lists them in this order.
inline constexpr int kKindCount = static_cast<int>(Kind::unknown) + 1;
inline constexpr int kGenderCount = static_cast<int>(Gender::female) + 1;
inline constexpr int kEntityCount = static_cast<int>(Entity::individual_entrepreneur) + 1;
inline constexpr int kDivisionCount = static_cast<int>(Division::farm) + 1;

const char* name(Code code);
const char* name(Kind kind);
const char* name(Gender gender);
const char* name(Entity entity);
const char* name(Division division);
std::optional<Kind> parse_kind(std::string_view text);
std::optional<Gender> parse_gender(std::string_view text);

struct Issue {
  Code code = Code::ok;
  std::string message;  // English, for developers
  int position = -1;    // zero-based index in the input, in Unicode characters; -1 if none
};

struct IinData {
  CivilDate birth_date;
  Gender gender = Gender::male;
  int century = 0;     // 19, 20 or 21
  std::string serial;  // digits 8-11
};

struct BinData {
  int year = 0;  // of (re)registration
  int month = 0;
  Entity entity = Entity::resident;
  Division division = Division::head;
  std::string serial;  // digits 7-11
};

struct CheckOptions {
  bool strict = false;                  // a number that follows neither layout is an error, not a warning
  std::optional<Kind> expect;           // Kind::iin or Kind::bin
  std::optional<CivilDate> birth_date;  // cross-check against a decoded IIN
  std::optional<Gender> gender;
  // The caller's date: a decoded birth date after it is born_in_future, a registration month
  // after its month registered_in_future (a warning; an error when strict). None: not looked at.
  std::optional<CivilDate> today;
  bool suggest = true;
};

// IdResult::suggestions holds at most this many numbers.
inline constexpr std::size_t kMaxSuggestions = 5;

struct IdResult {
  std::string normalized;  // the digits, separators dropped (empty if a character is invalid)
  bool valid = false;
  Kind kind = Kind::unknown;
  std::vector<Issue> errors;
  std::vector<Issue> warnings;
  std::optional<int> check_digit;
  std::optional<int> expected_check_digit;
  std::optional<IinData> iin;
  std::optional<BinData> bin;
  std::vector<std::string> suggestions;  // at most kMaxSuggestions
};

IdResult check(std::string_view utf8_input, const CheckOptions& options = {});

// check(utf8_input).valid without building a result: twelve bare digits cost only their check
// digit (a database filter calls this once per row); any other shape is left to check().
bool is_valid(std::string_view utf8_input);

// The result as the JavaScript check() returns it, as one line of JSON: input, normalized, valid,
// kind, errors and warnings ({code, message, position?}), checkDigit, expectedCheckDigit, iin,
// bin, suggestions. `utf8_input` is written back as `input`; a byte that is not UTF-8 becomes U+FFFD.
std::string to_json(std::string_view utf8_input, const IdResult& result);

// The message of too_long for an input of more than kMaxInputBytes, which is not read at all (the
// JavaScript API refuses such a text before copying it, with this message: one unit on both paths).
std::string too_long_input_message();

// The check digit for the first 11 digits of `digits` (ASCII '0'..'9'), or nullopt when both
// weight passes give 10 and no valid number starts with these digits.
std::optional<int> compute_check_digit(const char* digits);

}  // namespace iin
