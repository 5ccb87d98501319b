// Which separator, columns and header a pasted list or a CSV file has, read from its first records.

#include <algorithm>
#include <string>
#include <vector>

#include "iin/batch.hpp"
#include "iin/row_values.hpp"
#include "number/fields.hpp"
#include "number/normalize.hpp"

namespace iin {
namespace {
constexpr int kSampleRecords = 100;
constexpr int kMaxColumns = 16384;  // Excel's
constexpr int kMaxDigitsInAName = 4;

// A field that holds an IIN or BIN, right or wrong: twelve digits and separators only.
bool looks_like_number(std::string_view field) {
  if (field.size() > 64) return false;
  const detail::Normalized normalized = detail::normalize(field);
  return !normalized.first_bad && normalized.digits.size() == kDigits;
}

int digit_count(std::string_view text) {
  return static_cast<int>(
      std::count_if(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }));
}

// The separator found in most of the first records (read as records.hpp reads them with it).
char detect_separator(std::string_view text, bool complete) {
  char best = 0;
  int best_records = 0;
  for (char candidate : {'\t', ';', ','}) {  // ties go to the first: "1 234,56" in a ';' export
    int non_blank = 0;
    int with = 0;
    const int second = 1;
    FieldSpan span;
    for (std::size_t start = detail::skip_bom(text), count = 0; start < text.size() && count < kSampleRecords;
         ++count) {
      const RecordScan scan = scan_record(text.data(), start, text.size(), complete, candidate,
                                          kMaxRecordBytes, &second, 1, &span);
      if (scan.status == RecordScan::need_more) break;
      non_blank += scan.record.text.find_first_not_of(" \t") != std::string_view::npos;
      with += span.present;
      start = scan.next;
    }
    if (with > best_records && 2 * with >= non_blank) {
      best = candidate;
      best_records = with;
    }
  }
  return best;
}
}  // namespace

namespace {
// How often a column's values agree with the valid IINs' encoded birth date (or sex).
struct Agreement {
  int agree = 0;
  int disagree = 0;
  bool convincing() const { return agree >= 2 && 4 * agree >= 3 * (agree + disagree); }
};

int best_agreeing(const std::vector<Agreement>& columns, int skip) {
  int best = kNoColumn;
  for (int c = 0; c < static_cast<int>(columns.size()); ++c) {
    if (c == skip || !columns[c].convincing()) continue;
    if (best == kNoColumn || columns[c].agree > columns[best].agree) best = c;
  }
  return best;
}
}  // namespace

DetectedLayout detect_layout(std::string_view text, std::optional<char> forced_separator, bool complete) {
  DetectedLayout found;
  const char separator = forced_separator ? *forced_separator : detect_separator(text, complete);
  found.layout.separator = separator;

  std::vector<std::vector<std::string>> sample;
  for (std::size_t start = detail::skip_bom(text);
       start < text.size() && static_cast<int>(sample.size()) < kSampleRecords;) {
    const RecordScan scan =
        scan_record(text.data(), start, text.size(), complete, separator, kMaxRecordBytes);
    if (scan.status == RecordScan::need_more) break;
    std::vector<std::string> fields = split_fields(scan.record, separator);
    if (fields.size() > static_cast<std::size_t>(kMaxColumns)) fields.resize(kMaxColumns);
    sample.push_back(std::move(fields));
    start = scan.next;
  }
  if (sample.empty()) return found;

  std::vector<int> numbers;
  for (const auto& fields : sample) {
    found.columns = std::max(found.columns, static_cast<int>(fields.size()));
    if (numbers.size() < fields.size()) numbers.resize(fields.size());
    for (std::size_t c = 0; c < fields.size(); ++c) numbers[c] += looks_like_number(fields[c]);
  }
  const int column = static_cast<int>(std::max_element(numbers.begin(), numbers.end()) - numbers.begin());
  found.layout.column = column;

  const std::vector<std::string>& first = sample.front();
  const bool first_has_number = std::any_of(first.begin(), first.end(), looks_like_number);
  const std::string name = column < static_cast<int>(first.size()) ? first[column] : std::string();
  const bool names_column =
      separator != 0 ? !name.empty() && digit_count(name) <= kMaxDigitsInAName : names_number(name);
  found.layout.header = !first_has_number && names_column && numbers[column] > 0;

  // The birth-date and sex columns: named so by the header, else agreeing with the numbers.
  if (found.layout.header) {
    for (int c = 0; c < static_cast<int>(first.size()); ++c) {
      if (c == column) continue;
      if (found.layout.birth_date_column == kNoColumn && names_birth_date(first[c]))
        found.layout.birth_date_column = c;
      if (found.layout.sex_column == kNoColumn && names_sex(first[c])) found.layout.sex_column = c;
    }
  }
  std::vector<Agreement> dates(found.columns);
  std::vector<Agreement> sexes(found.columns);
  for (std::size_t r = found.layout.header ? 1 : 0; r < sample.size(); ++r) {
    const std::vector<std::string>& fields = sample[r];
    if (column >= static_cast<int>(fields.size())) continue;
    CheckOptions no_suggestions;
    no_suggestions.suggest = false;
    const IdResult number = check(fields[column], no_suggestions);
    if (!number.valid || !number.iin) continue;
    for (int c = 0; c < static_cast<int>(fields.size()); ++c) {
      if (c == column) continue;
      if (const auto date = parse_cell_date(fields[c], false)) {
        (*date == number.iin->birth_date ? dates[c].agree : dates[c].disagree) += 1;
      }
      if (const auto sex = parse_cell_sex(fields[c])) {
        (*sex == number.iin->gender ? sexes[c].agree : sexes[c].disagree) += 1;
      }
    }
  }
  if (found.layout.birth_date_column == kNoColumn)
    found.layout.birth_date_column = best_agreeing(dates, column);
  if (found.layout.sex_column == kNoColumn) found.layout.sex_column = best_agreeing(sexes, column);
  return found;
}

}  // namespace iin
