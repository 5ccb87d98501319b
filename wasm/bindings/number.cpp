// The number checker's only contact with JavaScript: it moves data between the C++ library and
// lib/number-checker.js, and holds no logic of its own.
//
// check() is called once per keystroke and in tight loops, so its result is written into a flat
// block of 32-bit words (the "wire") that lib/number-checker.js reads directly; the word offsets
// are published by wire_layout() so the two sides cannot drift apart.

#include <emscripten/bind.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "iin/batch.hpp"
#include "iin/identifier.hpp"

using emscripten::val;

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
};

struct Session {
  char* input = nullptr;  // malloc'd, so that a failed allocation is an answer and not an abort
  std::size_t input_capacity = 0;
  std::string text_area;
  std::int32_t text_area_units = 0;
  Wire wire{};
  iin::CheckOptions options;
  iin::LineCodes codes;
};
Session session;

std::int32_t address(const void* p) { return static_cast<std::int32_t>(reinterpret_cast<std::uintptr_t>(p)); }

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

// Room for `bytes` of UTF-8 input; iin-checker.js encodes straight into it. 0 when the memory
// runs out (the old buffer is gone then too, and the module stays usable).
std::uintptr_t input_buffer(std::size_t bytes) {
  if (bytes > session.input_capacity) {
    // NOLINTNEXTLINE(cppcoreguidelines-no-malloc,hicpp-no-malloc,cppcoreguidelines-owning-memory)
    std::free(session.input);
    // NOLINTNEXTLINE(cppcoreguidelines-no-malloc,hicpp-no-malloc,cppcoreguidelines-owning-memory)
    session.input = static_cast<char*>(std::malloc(bytes));
    session.input_capacity = session.input ? bytes : 0;
  }
  return reinterpret_cast<std::uintptr_t>(session.input);
}

val error_object(const iin::Error& error) {
  val out = val::object();
  out.set("code", std::string(iin::name(error.code)));
  out.set("path", error.path);
  out.set("message", error.message);
  return out;
}

// Options apply to every later check until set again. Returns null, or the error { code, path, message }.
val set_options(bool strict, const std::string& expect, const std::string& birth_date,
                const std::string& gender) {
  iin::CheckOptions options;
  options.strict = strict;
  const auto refuse = [](const char* path, const std::string& message) {
    return error_object({iin::ErrorCode::invalid_value, path, message});
  };
  if (!expect.empty() && !(options.expect = iin::parse_kind(expect))) {
    return refuse("options.expect", "must be 'iin' or 'bin', not '" + expect + "'");
  }
  if (!birth_date.empty() && !(options.birth_date = iin::parse_iso_date(birth_date))) {
    return refuse("options.birthDate", "must be a real date written YYYY-MM-DD, not '" + birth_date + "'");
  }
  if (!gender.empty() && !(options.gender = iin::parse_gender(gender))) {
    return refuse("options.gender", "must be 'male' or 'female', not '" + gender + "'");
  }
  session.options = options;
  return val::null();
}

std::string_view input(std::size_t bytes) { return {session.input, bytes}; }

iin::TextLayout text_layout(int separator, int column, bool header) {
  return {static_cast<char>(separator), column, header};
}

// Checks the first `bytes` of the input buffer, as check() or as a line of a checkMany() text.
void check_input(std::size_t bytes, int batch_mode, int separator, int column) {
  write_wire(batch_mode < 0 ? iin::check(input(bytes), session.options)
                            : iin::check_line(input(bytes), static_cast<iin::BatchMode>(batch_mode),
                                              text_layout(separator, column, false), session.options));
}

val check_lines(std::size_t bytes, int batch_mode, int separator, int column, bool header) {
  const iin::Result<iin::BatchSummary> s =
      iin::check_lines(input(bytes), static_cast<iin::BatchMode>(batch_mode),
                       text_layout(separator, column, header), session.options, session.codes);
  val out = val::object();
  if (!s) {
    out.set("error", error_object(s.error()));
    return out;
  }
  out.set("total", s->total);
  out.set("valid", s->valid);
  out.set("invalid", s->invalid);
  out.set("blank", s->blank);
  out.set("codes", val(emscripten::typed_memory_view(session.codes.size(), session.codes.data())));
  return out;
}

// `separator` -1 lets the text tell.
val detect_layout(std::size_t bytes, int separator) {
  const iin::DetectedLayout found = iin::detect_layout(
      input(bytes), separator < 0 ? std::nullopt : std::optional<char>(static_cast<char>(separator)));
  val out = val::object();
  out.set("separator", found.layout.separator);
  out.set("column", found.layout.column);
  out.set("header", found.layout.header);
  out.set("columns", found.columns);
  return out;
}

template <typename Enum>
val names(int count) {
  val out = val::array();
  for (int i = 0; i < count; ++i) out.call<void>("push", std::string(iin::name(static_cast<Enum>(i))));
  return out;
}

// Everything iin-checker.js needs once: enum names in wire order and the wire's word offsets.
val wire_layout() {
  val words = val::object();
#define IIN_WORD(field) words.set(#field, static_cast<int>(offsetof(Wire, field) / 4))
  IIN_WORD(text_area), IIN_WORD(text_area_bytes), IIN_WORD(valid), IIN_WORD(kind), IIN_WORD(check_digit);
  IIN_WORD(expected_check_digit), IIN_WORD(normalized), IIN_WORD(has_iin), IIN_WORD(gender);
  IIN_WORD(century), IIN_WORD(birth_date), IIN_WORD(iin_serial), IIN_WORD(has_bin);
  IIN_WORD(entity), IIN_WORD(division), IIN_WORD(registered), IIN_WORD(bin_serial);
  IIN_WORD(suggestion_count), IIN_WORD(suggestions), IIN_WORD(error_count);
  IIN_WORD(warning_count), IIN_WORD(issues);
#undef IIN_WORD
  val out = val::object();
  out.set("address", address(&session.wire));
  out.set("wordCount", static_cast<int>(sizeof(Wire) / 4));
  out.set("words", words);
  out.set("codes", names<iin::Code>(iin::kCodeCount));
  out.set("kinds", names<iin::Kind>(3));
  out.set("genders", names<iin::Gender>(2));
  out.set("entities", names<iin::Entity>(3));
  out.set("divisions", names<iin::Division>(4));
  out.set("blankLine", iin::kBlankLine);
  out.set("maxInputBytes", static_cast<double>(iin::kMaxInputBytes));
  out.set("version", std::string(IIN_VERSION));
  return out;
}
}  // namespace

EMSCRIPTEN_BINDINGS(iin_checker) {
  emscripten::function("inputBuffer", &input_buffer);
  emscripten::function("setOptions", &set_options);
  emscripten::function("checkInput", &check_input);
  emscripten::function("checkLines", &check_lines);
  emscripten::function("detectLayout", &detect_layout);
  emscripten::function("wireLayout", &wire_layout);
}
