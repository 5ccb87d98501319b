#include "iin/identifier.hpp"

#include <array>
#include <initializer_list>

#include "number/check_digit.hpp"
#include "number/layout.hpp"
#include "number/normalize.hpp"
#include "number/suggest.hpp"

namespace iin {

const char* name(Code code) {
  static constexpr std::array<const char*, kCodeCount> kNames = {
      "ok",
      "empty",
      "invalid_character",
      "bidi_control",
      "too_short",
      "too_long",
      "unissuable_checksum",
      "checksum_mismatch",
      "invalid_birth_date",
      "invalid_century_code",
      "invalid_registration_month",
      "invalid_entity_type",
      "invalid_division",
      "kind_mismatch",
      "no_encoded_data",
      "birth_date_differs",
      "gender_differs",
      "born_in_future",
      "registered_in_future",
  };
  static_assert(kNames.back() != nullptr, "a Code without its name");
  return kNames[static_cast<int>(code)];
}
const char* name(Kind kind) {
  static constexpr std::array<const char*, kKindCount> kNames = {"iin", "bin", "unknown"};
  static_assert(kNames.back() != nullptr, "a Kind without its name");
  return kNames[static_cast<int>(kind)];
}
const char* name(Gender gender) {
  static_assert(kGenderCount == 2, "a Gender without its name");
  return gender == Gender::male ? "male" : "female";
}
const char* name(Entity entity) {
  static constexpr std::array<const char*, kEntityCount> kNames = {"resident", "non_resident",
                                                                   "individual_entrepreneur"};
  static_assert(kNames.back() != nullptr, "an Entity without its name");
  return kNames[static_cast<int>(entity)];
}
const char* name(Division division) {
  static constexpr std::array<const char*, kDivisionCount> kNames = {"head", "branch", "representative",
                                                                     "farm"};
  static_assert(kNames.back() != nullptr, "a Division without its name");
  return kNames[static_cast<int>(division)];
}

std::optional<Kind> parse_kind(std::string_view text) {
  if (text == "iin") return Kind::iin;
  if (text == "bin") return Kind::bin;
  return std::nullopt;
}
std::optional<Gender> parse_gender(std::string_view text) {
  if (text == "male") return Gender::male;
  if (text == "female") return Gender::female;
  return std::nullopt;
}

std::optional<int> compute_check_digit(const char* digits) {
  std::array<int, 11> values{};
  for (int i = 0; i < 11; ++i) values[i] = digits[i] - '0';
  return detail::check_digit_from(detail::weighted_sums(values.data()));
}

namespace {
using detail::read_bin;
using detail::read_iin;

constexpr std::string_view kBidiControlEffect =
    ", an invisible direction mark: it changes the order in which the text is shown, so what is shown "
    "may not be what was typed.";

// One allocation per message: messages are built on every keystroke.
std::string concat(std::initializer_list<std::string_view> parts) {
  std::size_t size = 0;
  for (std::string_view part : parts) size += part.size();
  std::string out;
  out.reserve(size);
  for (std::string_view part : parts) out += part;
  return out;
}

std::string layout_message(Code code) {
  switch (code) {
    case Code::invalid_birth_date:
      return "Digits 1-6 are not a real birth date (YYMMDD) in the century that digit 7 gives.";
    case Code::invalid_century_code:
      return "Digit 7 must be 1-6 (century and gender); it is not.";
    case Code::invalid_registration_month:
      return "Digits 3-4 must be a registration month 01-12; they are not.";
    case Code::invalid_entity_type:
      return "Digit 5 must be 4, 5 or 6 (the type of organisation); it is not.";
    case Code::invalid_division:
      return "Digit 6 must be 0-3 (head office, branch, representative office or farm); it is not.";
    default:
      return {};
  }
}

void add_layout_errors(IdResult& result, const int* digits, const CheckOptions& options) {
  const Kind intended = options.expect.value_or(detail::intended_kind(digits));
  const detail::Problems problems =
      intended == Kind::iin ? read_iin(digits).problems : read_bin(digits).problems;
  for (Code code : {Code::invalid_century_code, Code::invalid_birth_date, Code::invalid_registration_month,
                    Code::invalid_entity_type, Code::invalid_division}) {
    if (problems.has(code)) result.errors.push_back({code, layout_message(code)});
  }
}

void add_kind_mismatch(IdResult& result, Kind expected) {
  if (result.kind == Kind::unknown || result.kind == expected) return;
  result.errors.push_back({Code::kind_mismatch, result.kind == Kind::bin
                                                    ? "This is a BIN, an organisation's number, not an IIN."
                                                    : "This is an IIN, a person's number, not a BIN."});
}

void add_cross_checks(IdResult& result, const CheckOptions& options) {
  if (!result.iin) return;
  if (options.birth_date && result.iin->birth_date != *options.birth_date) {
    result.warnings.push_back(
        {Code::birth_date_differs,
         concat({"The number reads as born ", format_iso_date(result.iin->birth_date), ", not ",
                 format_iso_date(*options.birth_date),
                 ". Numbers issued since 2013 need not match; this is not an error by itself."})});
  }
  if (options.gender && result.iin->gender != *options.gender) {
    result.warnings.push_back(
        {Code::gender_differs,
         concat({"The number reads as ", name(result.iin->gender), ", not ", name(*options.gender),
                 ". Numbers issued since 2013 need not match."})});
  }
}

constexpr std::string_view kMayStillBeGenuine =
    "). Numbers issued since 2013 need not encode a birth date, so it may still be genuine; if not, a digit "
    "is mistyped.";

// A birth date after today, or a registration month after today's, cannot belong to anyone yet.
void add_future_date(IdResult& result, const CheckOptions& options) {
  if (!options.today) return;
  const CivilDate& today = *options.today;
  Issue issue;
  if (result.iin && today < result.iin->birth_date) {
    issue = {Code::born_in_future,
             concat({"The number reads as born ", format_iso_date(result.iin->birth_date), ", after today (",
                     format_iso_date(today), kMayStillBeGenuine})};
  } else if (result.bin && (today.year < result.bin->year ||
                            (today.year == result.bin->year && today.month < result.bin->month))) {
    const std::string registered = format_iso_date({result.bin->year, result.bin->month, 1}).substr(0, 7);
    issue = {Code::registered_in_future,
             concat({"The number reads as registered in ", registered, ", after this month (",
                     format_iso_date(today).substr(0, 7), "): a digit is probably mistyped."})};
  } else {
    return;
  }
  (options.strict ? result.errors : result.warnings).push_back(std::move(issue));
}

void decode(IdResult& result, const int* digits) {
  if (auto reading = read_iin(digits); reading.data) {
    result.kind = Kind::iin;
    result.iin = std::move(reading.data);
  } else if (auto bin = read_bin(digits); bin.data) {
    result.kind = Kind::bin;
    result.bin = std::move(bin.data);
  }
}
}  // namespace

std::string too_long_input_message() {
  return concat({"The input is longer than ", std::to_string(kMaxInputBytes),
                 " bytes (in UTF-8): a number is read from at most that many."});
}

IdResult check(std::string_view utf8_input, const CheckOptions& options) {
  IdResult result;
  if (utf8_input.size() > kMaxInputBytes) {
    result.errors.push_back({Code::too_long, too_long_input_message()});
    return result;
  }
  detail::Normalized normalized = detail::normalize(utf8_input);
  result.normalized = std::move(normalized.digits);
  const std::size_t count = result.normalized.size();

  if (normalized.first_bad) {
    const detail::BadCharacter& bad = *normalized.first_bad;
    if (detail::is_bidi_control(bad.code_point)) {
      result.errors.push_back({Code::bidi_control,
                               concat({"Character ", std::to_string(bad.position + 1), " is ",
                                       detail::describe_character(bad), kBidiControlEffect}),
                               bad.position});
      return result;
    }
    result.errors.push_back(
        {Code::invalid_character,
         concat({"Character ", std::to_string(bad.position + 1), " is ", detail::describe_character(bad),
                 "; only digits, spaces and hyphens are allowed."}),
         bad.position});
    return result;
  }
  if (count == 0) {
    result.errors.push_back({Code::empty, "No digits were entered; an IIN or BIN has 12."});
    return result;
  }
  if (count != kDigits) {
    result.errors.push_back({count < kDigits ? Code::too_short : Code::too_long,
                             concat({"Found ", std::to_string(count), count == 1 ? " digit" : " digits",
                                     "; an IIN or BIN has 12."})});
    return result;
  }

  std::array<int, kDigits> digits{};
  for (int i = 0; i < kDigits; ++i) digits[i] = result.normalized[i] - '0';
  result.check_digit = digits[11];
  result.expected_check_digit = detail::check_digit_from(detail::weighted_sums(digits.data()));
  decode(result, digits.data());

  if (!result.expected_check_digit) {
    result.errors.push_back({Code::unissuable_checksum,
                             "The first 11 digits give 10 under both weightings, so no check digit "
                             "exists for them: such a number is never issued."});
  } else if (*result.expected_check_digit != digits[11]) {
    const char typed[] = {static_cast<char>('0' + digits[11]), '\0'};
    const char expected[] = {static_cast<char>('0' + *result.expected_check_digit), '\0'};
    result.errors.push_back(
        {Code::checksum_mismatch,
         concat({"The check digit (the 12th) is ", typed, ", but the first 11 digits give ", expected,
                 ": one of the twelve digits is mistyped, which one is not known."})});
  } else {
    if (result.kind == Kind::unknown) {
      if (options.strict) {
        add_layout_errors(result, digits.data(), options);
      } else {
        result.warnings.push_back({Code::no_encoded_data,
                                   "The check digit is right, but the number follows neither the IIN "
                                   "(birth date) nor the BIN layout. Numbers issued since 2013 need "
                                   "not encode a birth date, so this number may be genuine."});
      }
    }
    add_future_date(result, options);
    if (options.expect) add_kind_mismatch(result, *options.expect);
  }
  add_cross_checks(result, options);
  if (options.suggest && !result.errors.empty() &&
      (result.errors.front().code == Code::checksum_mismatch ||
       result.errors.front().code == Code::unissuable_checksum)) {
    result.suggestions = detail::suggest(digits.data(), options);
  }
  result.valid = result.errors.empty();
  return result;
}

bool is_valid(std::string_view utf8_input) {
  std::array<int, kDigits> digits{};
  bool bare = utf8_input.size() == kDigits;
  for (int i = 0; bare && i < kDigits; ++i) {
    digits[i] = utf8_input[i] - '0';
    bare = digits[i] >= 0 && digits[i] <= 9;
  }
  if (!bare) {
    CheckOptions options;
    options.suggest = false;
    return check(utf8_input, options).valid;
  }
  return detail::check_digit_from(detail::weighted_sums(digits.data())) == digits[11];
}

}  // namespace iin
