// The number checker's only contact with JavaScript (web/lib/core-calls.js): a few plain C
// functions over the module's memory, and no logic of its own. The wire and the session they
// share with Check many's calls (many.cpp): wire.hpp.

#include <emscripten/emscripten.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "wire.hpp"

namespace {
using binding::kWord;
using binding::session;
using binding::Wire;
using binding::WireIssue;
using binding::WireText;

std::int32_t utf16_units(const std::string& utf8) {
  std::int32_t units = 0;
  for (char c : utf8) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte & 0xC0) != 0x80) units += byte >= 0xF0 ? 2 : 1;
  }
  return units;
}

void put_issues(const std::vector<iin::Issue>& issues, int& slot) {
  for (const iin::Issue& issue : issues) {
    if (slot == binding::kMaxWireIssues) return;
    session.wire.issues[slot++] = {static_cast<std::int32_t>(issue.code), issue.position,
                                   binding::put(issue.message)};
  }
}

// ["name",...] of the `count` values of an enum: iin::name(static_cast<Enum>(i)) for each i.
std::string names(int count, const char* (*name)(int)) {
  std::string out = "[";
  for (int i = 0; i < count; ++i) out.append(i ? ",\"" : "\"").append(name(i)).append("\"");
  return out + "]";
}
template <typename Enum>
const char* name_of(int i) {
  return iin::name(static_cast<Enum>(i));
}

struct WireWord {
  const char* name;
  std::size_t offset;
};
#define IIN_WORD(field) \
  WireWord { #field, offsetof(Wire, field) / kWord }
constexpr WireWord kWireWords[] = {IIN_WORD(text_area),
                                   IIN_WORD(text_area_bytes),
                                   IIN_WORD(valid),
                                   IIN_WORD(kind),
                                   IIN_WORD(check_digit),
                                   IIN_WORD(expected_check_digit),
                                   IIN_WORD(normalized),
                                   IIN_WORD(has_iin),
                                   IIN_WORD(gender),
                                   IIN_WORD(century),
                                   IIN_WORD(birth_date),
                                   IIN_WORD(iin_serial),
                                   IIN_WORD(has_bin),
                                   IIN_WORD(entity),
                                   IIN_WORD(division),
                                   IIN_WORD(registered),
                                   IIN_WORD(bin_serial),
                                   IIN_WORD(suggestion_count),
                                   IIN_WORD(suggestions),
                                   IIN_WORD(error_count),
                                   IIN_WORD(warning_count),
                                   IIN_WORD(issues),
                                   IIN_WORD(lines_total),
                                   IIN_WORD(lines_valid),
                                   IIN_WORD(lines_invalid),
                                   IIN_WORD(lines_blank),
                                   IIN_WORD(line_codes),
                                   IIN_WORD(line_count),
                                   IIN_WORD(found_separator),
                                   IIN_WORD(found_column),
                                   IIN_WORD(found_header),
                                   IIN_WORD(found_columns),
                                   IIN_WORD(lines_rows),
                                   IIN_WORD(irregular),
                                   IIN_WORD(irregular_count),
                                   IIN_WORD(header_text),
                                   IIN_WORD(header_bytes),
                                   IIN_WORD(header_lines),
                                   IIN_WORD(found_birth_date_column),
                                   IIN_WORD(found_sex_column),
                                   IIN_WORD(row_code),
                                   IIN_WORD(row_restored),
                                   IIN_WORD(row_neighbours),
                                   IIN_WORD(row_agreeing),
                                   IIN_WORD(row_only_agreeing),
                                   IIN_WORD(row_birth_date),
                                   IIN_WORD(row_sex)};
#undef IIN_WORD
}  // namespace

namespace binding {
Session session;

std::int32_t address(const void* p) { return static_cast<std::int32_t>(reinterpret_cast<std::uintptr_t>(p)); }

const char* answer(std::string text) {
  session.output = std::move(text);
  return session.output.c_str();
}

const char* refuse(const iin::Error& error) { return answer(iin::error_json(error)); }

WireText put(const std::string& text) {
  const WireText out{session.text_area_units, utf16_units(text)};
  session.text_area += text;
  session.text_area_units += out.length;
  return out;
}

void write_wire(const iin::IdResult& r) {
  Wire& w = session.wire;
  session.text_area.clear();
  session.text_area_units = 0;
  w.valid = r.valid;
  w.kind = static_cast<std::int32_t>(r.kind);
  w.check_digit = r.check_digit.value_or(-1);
  w.expected_check_digit = r.expected_check_digit.value_or(-1);
  w.normalized = put(r.normalized);
  w.has_iin = r.iin.has_value();
  if (r.iin) {
    w.birth_date = put(iin::format_iso_date(r.iin->birth_date));
    w.gender = static_cast<std::int32_t>(r.iin->gender);
    w.century = r.iin->century;
    w.iin_serial = put(r.iin->serial);
  }
  w.has_bin = r.bin.has_value();
  if (r.bin) {
    w.registered = put(iin::format_iso_date({r.bin->year, r.bin->month, 1}).substr(0, 7));
    w.entity = static_cast<std::int32_t>(r.bin->entity);
    w.division = static_cast<std::int32_t>(r.bin->division);
    w.bin_serial = put(r.bin->serial);
  }
  w.suggestion_count = 0;
  for (const std::string& suggestion : r.suggestions) {
    if (w.suggestion_count == static_cast<std::int32_t>(iin::kMaxSuggestions)) break;
    w.suggestions[w.suggestion_count++] = put(suggestion);
  }
  int slot = 0;
  put_issues(r.errors, slot);
  w.error_count = slot;
  put_issues(r.warnings, slot);
  w.warning_count = slot - w.error_count;
  w.text_area = address(session.text_area.data());
  w.text_area_bytes = static_cast<std::int32_t>(session.text_area.size());
}

std::string_view input(std::size_t bytes) { return {session.input, bytes}; }
}  // namespace binding

extern "C" {

// Room for `bytes` of UTF-8 input, keeping what it holds; number-checker.js encodes straight into
// it. 0 when the memory runs out (the old buffer is gone then too, and the module stays usable).
EMSCRIPTEN_KEEPALIVE char* iin_input(std::size_t bytes) {
  if (bytes > session.input_capacity) {
    // NOLINTNEXTLINE(cppcoreguidelines-no-malloc,hicpp-no-malloc,cppcoreguidelines-owning-memory)
    char* grown = static_cast<char*>(std::realloc(session.input, bytes));
    if (!grown) {
      // NOLINTNEXTLINE(cppcoreguidelines-no-malloc,hicpp-no-malloc,cppcoreguidelines-owning-memory)
      std::free(session.input);
    }
    session.input = grown;
    session.input_capacity = grown ? bytes : 0;
  }
  return session.input;
}

EMSCRIPTEN_KEEPALIVE std::size_t iin_output_size() { return session.output.size(); }

// Options apply to every later check until set again. The input holds the texts of expect,
// birthDate, gender and today back to back ("" for none), `*_bytes` long. Answers null, or the error.
EMSCRIPTEN_KEEPALIVE const char* iin_set_options(bool strict, std::size_t expect_bytes,
                                                 std::size_t birth_date_bytes, std::size_t gender_bytes,
                                                 std::size_t today_bytes) {
  const char* at = session.input;
  const auto next = [&at](std::size_t bytes) {
    std::string text(at, bytes);
    at += bytes;
    return text;
  };
  const std::string expect = next(expect_bytes);
  const std::string birth_date = next(birth_date_bytes);
  const std::string gender = next(gender_bytes);
  const std::string today = next(today_bytes);
  iin::CheckOptions options;
  options.strict = strict;
  const auto invalid = [](const char* path, const std::string& message) {
    return binding::refuse({iin::ErrorCode::invalid_value, path, message});
  };
  if (!expect.empty() && !(options.expect = iin::parse_kind(expect))) {
    return invalid("options.expect", "must be 'iin' or 'bin', not '" + expect + "'");
  }
  if (!birth_date.empty() && !(options.birth_date = iin::parse_iso_date(birth_date))) {
    return invalid("options.birthDate", "must be a real date written YYYY-MM-DD, not '" + birth_date + "'");
  }
  if (!gender.empty() && !(options.gender = iin::parse_gender(gender))) {
    return invalid("options.gender", "must be 'male' or 'female', not '" + gender + "'");
  }
  if (!today.empty() && !(options.today = iin::parse_iso_date(today))) {
    return binding::refuse({iin::ErrorCode::invalid_date, "options.today",
                            "must be a real date written YYYY-MM-DD, not '" + today + "'"});
  }
  session.options = options;
  return nullptr;
}

// Checks the first `bytes` of the input, as check() does, into the wire.
EMSCRIPTEN_KEEPALIVE void iin_check(std::size_t bytes) {
  binding::write_wire(iin::check(binding::input(bytes), session.options));
}

// Everything web/lib/core-calls.js needs once, as JSON: enum names in wire order, the wire's address,
// word offsets and the strides of its arrays, the too_long message, the version.
EMSCRIPTEN_KEEPALIVE const char* iin_layout() {
  const auto words = [](std::size_t bytes) { return std::to_string(bytes / kWord); };
  std::string out =
      "{\"address\":" + std::to_string(binding::address(&session.wire)) +
      ",\"wordCount\":" + words(sizeof(Wire)) + ",\"text\":{\"words\":" + words(sizeof(WireText)) +
      ",\"offset\":" + words(offsetof(WireText, offset)) +
      ",\"length\":" + words(offsetof(WireText, length)) +
      "},\"issue\":{\"words\":" + words(sizeof(WireIssue)) + ",\"code\":" + words(offsetof(WireIssue, code)) +
      ",\"position\":" + words(offsetof(WireIssue, position)) +
      ",\"message\":" + words(offsetof(WireIssue, message)) +
      "},\"maxSuggestions\":" + std::to_string(iin::kMaxSuggestions) +
      ",\"maxIssues\":" + std::to_string(binding::kMaxWireIssues) +
      ",\"rowOutcomes\":" + std::to_string(iin::kRowOutcomeCount) + ",\"words\":{";
  for (const WireWord& word : kWireWords) {
    out.append(&word == kWireWords ? "\"" : ",\"")
        .append(word.name)
        .append("\":")
        .append(std::to_string(word.offset));
  }
  // The per-record codes: the Codes, then the row outcomes numbered after them.
  out.append("},\"codes\":").append(names(iin::kCodeCount, name_of<iin::Code>));
  out.pop_back();
  out.append(",").append(names(iin::kRowOutcomeCount, name_of<iin::RowOutcome>).substr(1));
  out.append(",\"kinds\":").append(names(iin::kKindCount, name_of<iin::Kind>));
  out.append(",\"genders\":").append(names(iin::kGenderCount, name_of<iin::Gender>));
  out.append(",\"entities\":").append(names(iin::kEntityCount, name_of<iin::Entity>));
  out.append(",\"divisions\":").append(names(iin::kDivisionCount, name_of<iin::Division>));
  out.append(",\"blankLine\":").append(std::to_string(iin::kBlankLine));
  out.append(",\"maxInputBytes\":").append(std::to_string(iin::kMaxInputBytes));
  out.append(",\"tooLongInput\":\"").append(iin::too_long_input_message()).append("\"");
  return binding::answer(out.append(",\"version\":\"" IIN_VERSION "\"}"));
}

}  // extern "C"
