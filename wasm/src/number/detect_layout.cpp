// Which separator and column a pasted list or a CSV file uses, read from its first lines.

#include <algorithm>
#include <array>
#include <string>
#include <vector>

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

char detect_separator(const std::vector<std::string_view>& lines) {
  int non_blank = 0;
  for (std::string_view line : lines) non_blank += line.find_first_not_of(" \t") != std::string_view::npos;
  char best = 0;
  int best_lines = 0;
  for (char candidate : {'\t', ';', ','}) {  // ties go to the first: "1 234,56" in a ';' export
    int with = 0;
    for (std::string_view line : lines) with += count_separators(line, candidate) > 0;
    if (with > best_lines && 2 * with >= non_blank) {
      best = candidate;
      best_lines = with;
    }
  }
  return best;
}
}  // namespace

DetectedLayout detect_layout(std::string_view text, std::optional<char> forced_separator) {
  std::vector<std::string_view> lines;
  for (std::size_t start = detail::skip_bom(text); start < text.size() && lines.size() < kSampleLines;) {
    const std::size_t end = detail::line_end(text, start);
    lines.push_back(text.substr(start, end - start));
    start = detail::next_line(text, end);
  }
  DetectedLayout found;
  found.layout.separator = forced_separator.value_or(0);
  if (lines.empty()) return found;
  const char separator = forced_separator.value_or(detect_separator(lines));
  found.layout.separator = separator;

  std::vector<std::vector<std::string>> rows;
  rows.reserve(lines.size());
  std::array<int, kMaxColumns> numbers{};
  for (std::string_view line : lines) {
    rows.push_back(detail::split_fields(line, separator));
    const std::vector<std::string>& fields = rows.back();
    found.columns = std::max(found.columns, std::min(static_cast<int>(fields.size()), kMaxColumns));
    for (std::size_t i = 0; i < fields.size() && i < kMaxColumns; ++i)
      numbers[i] += looks_like_number(fields[i]);
  }
  found.layout.column =
      static_cast<int>(std::max_element(numbers.begin(), numbers.begin() + found.columns) - numbers.begin());
  found.names = rows.front();
  if (found.names.size() > kMaxColumns) found.names.resize(kMaxColumns);

  const int column = found.layout.column;
  const std::vector<std::string>& first = rows.front();
  const bool first_has_number = std::any_of(first.begin(), first.end(), looks_like_number);
  const bool first_names_column =
      column < static_cast<int>(first.size()) && !first[column].empty() && !has_digit(first[column]);
  const bool later_has_number = numbers[column] > 0;
  found.layout.header = !first_has_number && first_names_column && later_has_number;
  return found;
}

}  // namespace iin
