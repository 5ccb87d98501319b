// Which separator and column a pasted list or a CSV file uses, read from its first lines.

#include <algorithm>
#include <array>
#include <string>

#include "iin/batch.hpp"
#include "number/fields.hpp"
#include "number/normalize.hpp"

namespace iin {
namespace {
constexpr int kSampleLines = 100;
constexpr int kMaxColumns = 256;

// A field that holds an IIN or BIN, right or wrong: twelve digits and separators only.
bool looks_like_number(std::string_view field) {
  if (field.size() > 64) return false;
  const detail::Normalized normalized = detail::normalize(field);
  return !normalized.first_bad && normalized.digits.size() == kDigits;
}

bool has_digit(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Occurrences of `separator` outside quotes.
int count_separators(std::string_view line, char separator) {
  int count = 0;
  bool quoted = false;
  for (char c : line) {
    if (c == '"') quoted = !quoted;
    count += !quoted && c == separator;
  }
  return count;
}

// Calls visit(line) for each of the first kSampleLines lines.
template <typename Visit>
void for_sample_lines(std::string_view text, Visit visit) {
  int count = 0;
  for (std::size_t start = detail::skip_bom(text); start < text.size() && count < kSampleLines; ++count) {
    const std::size_t end = detail::line_end(text, start);
    visit(text.substr(start, end - start));
    start = detail::next_line(text, end);
  }
}

char detect_separator(std::string_view text) {
  int non_blank = 0;
  for_sample_lines(text,
                   [&](std::string_view line) { non_blank += line.find_first_not_of(" \t") != line.npos; });
  char best = 0;
  int best_lines = 0;
  for (char candidate : {'\t', ';', ','}) {  // ties go to the first: "1 234,56" in a ';' export
    int with = 0;
    for_sample_lines(text, [&](std::string_view line) { with += count_separators(line, candidate) > 0; });
    if (with > best_lines && 2 * with >= non_blank) {
      best = candidate;
      best_lines = with;
    }
  }
  return best;
}
}  // namespace

DetectedLayout detect_layout(std::string_view text, std::optional<char> forced_separator) {
  DetectedLayout found;
  const char separator = forced_separator ? *forced_separator : detect_separator(text);
  found.layout.separator = separator;
  // Fields are read one at a time (field_at): no table of strings is built.
  std::array<int, kMaxColumns> numbers{};
  bool first_line = true;
  bool first_has_number = false;
  for_sample_lines(text, [&](std::string_view line) {
    bool present = true;
    int index = 0;
    for (; index < kMaxColumns; ++index) {
      const std::string field = detail::field_at(line, separator, index, &present);
      if (!present) break;
      const bool number = looks_like_number(field);
      numbers[index] += number;
      first_has_number |= first_line && number;
    }
    found.columns = std::max(found.columns, index);
    first_line = false;
  });
  const int column =
      static_cast<int>(std::max_element(numbers.begin(), numbers.begin() + found.columns) - numbers.begin());
  found.layout.column = column;
  if (first_line) return found;  // no line at all
  const std::size_t start = detail::skip_bom(text);
  bool present = false;
  const std::string name = detail::field_at(text.substr(start, detail::line_end(text, start) - start),
                                            separator, column, &present);
  const bool first_names_column = present && !name.empty() && !has_digit(name);
  found.layout.header = !first_has_number && first_names_column && numbers[column] > 0;
  return found;
}

}  // namespace iin
