// The number checker's only contact with JavaScript (web/lib/number-checker.js): a few plain C
// functions over the module's memory, and no logic of its own.
//
// JavaScript writes a call's UTF-8 text into the buffer iin_input() returns. check() is called
// once per keystroke and in tight loops, so results are written into a flat block of 32-bit
// words (the "wire") that JavaScript reads directly; the word offsets are published once by
// iin_layout() so the two sides cannot drift apart. The rare texts (that layout, an error) are
// JSON, iin_output_size() bytes at the pointer a function returns.

#include <emscripten/emscripten.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "iin/batch.hpp"
#include "iin/identifier.hpp"

namespace {
struct WireText {
  std::int32_t offset, length;  // in UTF-16 code units of the decoded text area, as JS slices
};
struct WireIssue {
  std::int32_t code, position;
  WireText message;
};
constexpr int kMaxWireIssues = 16;

struct Wire {
  // iin_check()
  std::int32_t text_area, text_area_bytes;  // the UTF-8 text area this result's texts point into
  std::int32_t valid, kind, check_digit, expected_check_digit;  // -1 when absent
  WireText normalized;
  std::int32_t has_iin, gender, century;
  WireText birth_date, iin_serial;
  std::int32_t has_bin, entity, division;
  WireText registered, bin_serial;
  std::int32_t suggestion_count;
  WireText suggestions[5];
  std::int32_t error_count, warning_count;
  WireIssue issues[kMaxWireIssues];
  // iin_check_lines(): the summary, and where the code of each line is
  std::int32_t lines_total, lines_valid, lines_invalid, lines_blank, line_codes, line_count;
  // iin_detect_layout()
  std::int32_t found_separator, found_column, found_header, found_columns;
};

struct Session {
  char* input = nullptr;  // malloc'd, so that a failed allocation is an answer and not an abort
  std::size_t input_capacity = 0;
  std::string output;  // the text of the last answer that is text
  std::string text_area;
  std::int32_t text_area_units = 0;
  Wire wire{};
  iin::CheckOptions options;
  iin::LineCodes codes;
};
Session session;

std::int32_t address(const void* p) { return static_cast<std::int32_t>(reinterpret_cast<std::uintptr_t>(p)); }

const char* answer(std::string text) {
  session.output = std::move(text);
  return session.output.c_str();
}

const char* refuse(const iin::Error& error) { return answer(iin::error_json(error)); }

std::int32_t utf16_units(const std::string& utf8) {
  std::int32_t units = 0;
  for (char c : utf8) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte & 0xC0) != 0x80) units += byte >= 0xF0 ? 2 : 1;
  }
  return units;
}

WireText put(const std::string& text) {
  const WireText out{session.text_area_units, utf16_units(text)};
  session.text_area += text;
  session.text_area_units += out.length;
  return out;
}

void put_issues(const std::vector<iin::Issue>& issues, int& slot) {
  for (const iin::Issue& issue : issues) {
    if (slot == kMaxWireIssues) return;
    session.wire.issues[slot++] = {static_cast<std::int32_t>(issue.code), issue.position, put(issue.message)};
  }
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
  w.suggestion_count = static_cast<std::int32_t>(r.suggestions.size());
  for (std::size_t i = 0; i < r.suggestions.size(); ++i) w.suggestions[i] = put(r.suggestions[i]);
  int slot = 0;
  put_issues(r.errors, slot);
  w.error_count = slot;
  put_issues(r.warnings, slot);
  w.warning_count = slot - w.error_count;
  w.text_area = address(session.text_area.data());
  w.text_area_bytes = static_cast<std::int32_t>(session.text_area.size());
}

std::string_view input(std::size_t bytes) { return {session.input, bytes}; }

iin::TextLayout text_layout(int separator, int column, bool header) {
  return {static_cast<char>(separator), column, header};
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
  WireWord { #field, offsetof(Wire, field) / 4 }
constexpr WireWord kWireWords[] = {
    IIN_WORD(text_area),     IIN_WORD(text_area_bytes), IIN_WORD(valid),
    IIN_WORD(kind),          IIN_WORD(check_digit),     IIN_WORD(expected_check_digit),
    IIN_WORD(normalized),    IIN_WORD(has_iin),         IIN_WORD(gender),
    IIN_WORD(century),       IIN_WORD(birth_date),      IIN_WORD(iin_serial),
    IIN_WORD(has_bin),       IIN_WORD(entity),          IIN_WORD(division),
    IIN_WORD(registered),    IIN_WORD(bin_serial),      IIN_WORD(suggestion_count),
    IIN_WORD(suggestions),   IIN_WORD(error_count),     IIN_WORD(warning_count),
    IIN_WORD(issues),        IIN_WORD(lines_total),     IIN_WORD(lines_valid),
    IIN_WORD(lines_invalid), IIN_WORD(lines_blank),     IIN_WORD(line_codes),
    IIN_WORD(line_count),    IIN_WORD(found_separator), IIN_WORD(found_column),
    IIN_WORD(found_header),  IIN_WORD(found_columns)};
#undef IIN_WORD
}  // namespace

extern "C" {

// Room for `bytes` of UTF-8 input; number-checker.js encodes straight into it. 0 when the memory
// runs out (the old buffer is gone then too, and the module stays usable).
EMSCRIPTEN_KEEPALIVE char* iin_input(std::size_t bytes) {
  if (bytes > session.input_capacity) {
    // NOLINTNEXTLINE(cppcoreguidelines-no-malloc,hicpp-no-malloc,cppcoreguidelines-owning-memory)
    std::free(session.input);
    // NOLINTNEXTLINE(cppcoreguidelines-no-malloc,hicpp-no-malloc,cppcoreguidelines-owning-memory)
    session.input = static_cast<char*>(std::malloc(bytes));
    session.input_capacity = session.input ? bytes : 0;
  }
  return session.input;
}

EMSCRIPTEN_KEEPALIVE std::size_t iin_output_size() { return session.output.size(); }

// Options apply to every later check until set again. The input holds the texts of expect,
// birthDate and gender back to back ("" for none), `*_bytes` long. Answers null, or the error.
EMSCRIPTEN_KEEPALIVE const char* iin_set_options(bool strict, std::size_t expect_bytes,
                                                 std::size_t birth_date_bytes, std::size_t gender_bytes) {
  const std::string expect(session.input, expect_bytes);
  const std::string birth_date(session.input + expect_bytes, birth_date_bytes);
  const std::string gender(session.input + expect_bytes + birth_date_bytes, gender_bytes);
  iin::CheckOptions options;
  options.strict = strict;
  const auto invalid = [](const char* path, const std::string& message) {
    return refuse({iin::ErrorCode::invalid_value, path, message});
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
  session.options = options;
  return nullptr;
}

// Checks the first `bytes` of the input, as check() (`batch_mode` -1) or as a line of a
// checkMany() text, into the wire.
EMSCRIPTEN_KEEPALIVE void iin_check(std::size_t bytes, int batch_mode, int separator, int column) {
  write_wire(batch_mode < 0 ? iin::check(input(bytes), session.options)
                            : iin::check_line(input(bytes), static_cast<iin::BatchMode>(batch_mode),
                                              text_layout(separator, column, false), session.options));
}

// Checks every line of the input into the wire's lines_* words. Answers null, or the error.
EMSCRIPTEN_KEEPALIVE const char* iin_check_lines(std::size_t bytes, int batch_mode, int separator, int column,
                                                 bool header) {
  const iin::Result<iin::BatchSummary> s =
      iin::check_lines(input(bytes), static_cast<iin::BatchMode>(batch_mode),
                       text_layout(separator, column, header), session.options, session.codes);
  if (!s) return refuse(s.error());
  Wire& w = session.wire;
  w.lines_total = static_cast<std::int32_t>(s->total);
  w.lines_valid = static_cast<std::int32_t>(s->valid);
  w.lines_invalid = static_cast<std::int32_t>(s->invalid);
  w.lines_blank = static_cast<std::int32_t>(s->blank);
  w.line_codes = address(session.codes.data());
  w.line_count = static_cast<std::int32_t>(session.codes.size());
  return nullptr;
}

// Into the wire's found_* words; `separator` -1 lets the text tell.
EMSCRIPTEN_KEEPALIVE void iin_detect_layout(std::size_t bytes, int separator) {
  const iin::DetectedLayout found = iin::detect_layout(
      input(bytes), separator < 0 ? std::nullopt : std::optional<char>(static_cast<char>(separator)));
  Wire& w = session.wire;
  w.found_separator = static_cast<unsigned char>(found.layout.separator);
  w.found_column = found.layout.column;
  w.found_header = found.layout.header;
  w.found_columns = found.columns;
}

// Everything number-checker.js needs once, as JSON: enum names in wire order, the wire's address
// and word offsets, the version.
EMSCRIPTEN_KEEPALIVE const char* iin_layout() {
  std::string out = "{\"address\":" + std::to_string(address(&session.wire)) +
                    ",\"wordCount\":" + std::to_string(sizeof(Wire) / 4) + ",\"words\":{";
  for (const WireWord& word : kWireWords) {
    out.append(&word == kWireWords ? "\"" : ",\"")
        .append(word.name)
        .append("\":")
        .append(std::to_string(word.offset));
  }
  out.append("},\"codes\":").append(names(iin::kCodeCount, name_of<iin::Code>));
  out.append(",\"kinds\":").append(names(3, name_of<iin::Kind>));
  out.append(",\"genders\":").append(names(2, name_of<iin::Gender>));
  out.append(",\"entities\":").append(names(3, name_of<iin::Entity>));
  out.append(",\"divisions\":").append(names(4, name_of<iin::Division>));
  out.append(",\"blankLine\":").append(std::to_string(iin::kBlankLine));
  out.append(",\"maxInputBytes\":").append(std::to_string(iin::kMaxInputBytes));
  return answer(out.append(",\"version\":\"" IIN_VERSION "\"}"));
}

}  // extern "C"
