// What the bindings of the two number modules share: iin-checker-core.wasm is number.cpp alone,
// iin-many-core.wasm (Check many) is number.cpp and many.cpp. One wire, described by iin_layout(),
// so that web/lib/core-calls.js reads both alike.
//
// JavaScript writes a call's UTF-8 text into the buffer iin_input() returns. check() is called
// once per keystroke and in tight loops, so results are written into a flat block of 32-bit
// words (the "wire") that JavaScript reads directly; the word offsets and the strides of its
// arrays are published once by iin_layout() so the two sides cannot drift apart. The rare texts
// (that layout, an error) are JSON, iin_output_size() bytes at the pointer a function returns.

#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

#include "iin/batch.hpp"
#include "iin/error.hpp"
#include "iin/identifier.hpp"

namespace binding {
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
  WireText suggestions[iin::kMaxSuggestions];
  std::int32_t error_count, warning_count;
  WireIssue issues[kMaxWireIssues];
  // iin_check_lines(): the summary, and where the code of each line is
  std::int32_t lines_total, lines_valid, lines_invalid, lines_blank, line_codes, line_count;
  // iin_detect_layout()
  std::int32_t found_separator, found_column, found_header, found_columns;
  // checkMany's rows: counts of the row outcomes, the records that are not one line (three words
  // each: index, lines, 1 plain + 2 truncated), the header (streamed batches), columns found
  std::int32_t lines_rows[iin::kRowOutcomeCount];
  std::int32_t irregular, irregular_count, header_text, header_bytes, header_lines;
  std::int32_t found_birth_date_column, found_sex_column;
  // iin_check_row(): the row's outcome, its number with the lost zeros restored, the valid numbers
  // one slip away and the one that agrees with the row (if exactly one), the row's birth date and sex
  std::int32_t row_code;
  WireText row_restored;
  std::int32_t row_neighbours, row_agreeing;
  WireText row_only_agreeing, row_birth_date;
  std::int32_t row_sex;  // -1 when the row gives none
};
// JavaScript reads the wire as an Int32Array: every member is whole 32-bit words, with no padding.
constexpr std::size_t kWord = sizeof(std::int32_t);
static_assert(std::is_standard_layout_v<Wire>, "offsetof needs a standard-layout wire");
static_assert(sizeof(WireText) == 2 * kWord && offsetof(WireText, length) == kWord, "WireText: 2 words");
static_assert(sizeof(WireIssue) == 4 * kWord && offsetof(WireIssue, message) == 2 * kWord,
              "WireIssue: 4 words");
static_assert(sizeof(Wire) % kWord == 0 && alignof(Wire) == kWord, "the wire is whole words");
static_assert(sizeof(Wire::suggestions) / sizeof(WireText) == iin::kMaxSuggestions, "a slot per suggestion");

struct Session {
  char* input = nullptr;  // malloc'd, so that a failed allocation is an answer and not an abort
  std::size_t input_capacity = 0;
  std::string output;  // the text of the last answer that is text
  std::string text_area;
  std::int32_t text_area_units = 0;
  Wire wire{};
  iin::CheckOptions options;
};
extern Session session;

std::int32_t address(const void* p);
// The text of an answer (kept until the next one), and an error as such an answer.
const char* answer(std::string text);
const char* refuse(const iin::Error& error);
// A text into the wire's text area; a check's result into the wire.
WireText put(const std::string& text);
void write_wire(const iin::IdResult& r);
// The first `bytes` of the input.
std::string_view input(std::size_t bytes);
}  // namespace binding
