#include "report.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "shared/json_writer.hpp"
#include "shared/utf8.hpp"
#include "words.hpp"

namespace iin::cli {

namespace {
constexpr auto kLeadingZeroLost = row_code(RowOutcome::leading_zero_lost);
constexpr auto kChecksumMismatch = static_cast<std::uint8_t>(Code::checksum_mismatch);

std::string outcome_key(std::uint8_t code) {
  return code == static_cast<std::uint8_t>(Code::ok) ? "outcomeValid" : "outcome_" + outcome_name(code);
}

// The export of web/element/many-export.js: every field of the record as it was, then valid, kind,
// result, the number with its lost leading zeros restored, how many valid numbers are one digit
// away from a mistyped one, and the one of them that matches the row's birth date when exactly one
// does. Never a guessed number.
class CsvReport : public Report {
 public:
  CsvReport(const Options& options, Output& out) : options_(options), out_(out) {
    row_options_ = options.check;
    row_options_.suggest = false;  // the export never writes them
    const Lang lang = options.lang;
    yes_ = word(lang, "yes");
    no_ = word(lang, "no");
    for (int kind = 0; kind < 3; ++kind)
      kinds_[kind] = word(lang, std::string("kind_") + name(static_cast<Kind>(kind)));
    for (int code = 0; code < 256; ++code) {
      if (code < kCodeCount + kRowOutcomeCount || code == kBlankLine) {
        outcomes_[code] = word(lang, outcome_key(static_cast<std::uint8_t>(code)));
      }
    }
    out_.write("\xEF\xBB\xBF");
  }

  void begin(const std::string& /*name*/, const InputLayout& input) override {
    input_ = &input;
    separator_ = input.layout.separator == 0 ? ',' : input.layout.separator;
    std::vector<std::string> header = input.layout.header ? input.header : std::vector<std::string>{};
    const Lang lang = options_.lang;
    while (static_cast<int>(header.size()) < std::max(input.columns, 1)) {
      header.push_back(word(lang, "exportColumn", {{"number", std::to_string(header.size() + 1)}}));
    }
    width_ = header.size();
    for (const char* key : {"exportValid", "exportKind", "exportResult", "exportRestored", "exportNeighbours",
                            "exportBirthMatch"}) {
      header.push_back(word(lang, key));
    }
    write_row(header);
  }

  void row(const Row& row) override {
    const std::uint8_t code = row.code;
    std::vector<std::string> cells = split_fields(row.record, input_->layout.separator);
    if (cells.size() < width_) cells.resize(width_);
    const bool valid = is_valid_code(code);
    const bool blank = code == kBlankLine;
    cells.push_back(valid ? yes_ : blank ? "" : no_);
    if (valid || code == kLeadingZeroLost || code == kChecksumMismatch) {
      const RowResult full = check_row(row.record, input_->layout, row_options_);
      const Neighbours near = neighbours(full);
      cells.push_back(valid ? kinds_[static_cast<int>(full.result.kind)] : "");
      cells.push_back(outcomes_[code]);
      cells.push_back(full.restored);
      cells.push_back(
          near.count ? word(options_.lang, "exportNeighboursText", {{"count", std::to_string(near.count)}})
                     : "");
      cells.push_back(near.only_agreeing);
    } else {
      cells.emplace_back();
      cells.push_back(outcomes_[code]);
      cells.resize(cells.size() + 3);
    }
    write_row(cells);
  }

  void end(const Counts& /*counts*/) override {}

 private:
  void write_row(const std::vector<std::string>& cells) {
    row_.clear();
    const char specials[] = {'"', '\r', '\n', separator_, '\0'};
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) row_ += separator_;
      const std::string& cell = cells[i];
      const bool formula = needs_neutralising(cell);
      if (cell.find_first_of(specials) == std::string::npos) {
        if (formula) row_ += '\'';
        row_ += cell;
        continue;
      }
      row_ += formula ? "\"'" : "\"";
      for (char c : cell) {
        if (c == '"') row_ += '"';
        row_ += c;
      }
      row_ += '"';
    }
    row_ += "\r\n";
    out_.write(row_);
  }

  const Options& options_;
  Output& out_;
  CheckOptions row_options_;
  std::string yes_, no_;
  std::array<std::string, 3> kinds_;
  std::array<std::string, 256> outcomes_;
  const InputLayout* input_ = nullptr;
  char separator_ = ',';
  std::size_t width_ = 1;
  std::string row_;
};

// One JSON object a record: the file, the line it starts on, its outcome as checkMany() names it,
// then the fields of the JavaScript check() for its number.
class JsonlReport : public Report {
 public:
  JsonlReport(const Options& options, Output& out) : options_(options), out_(out) {}

  void begin(const std::string& name, const InputLayout& input) override {
    input_ = &input;
    detail::JsonWriter prefix;
    prefix.begin_object().key("file").value(detail::repair_utf8(name)).key("line");
    prefix_ = prefix.text();  // {"file":"...","line":
  }

  void row(const Row& row) override {
    const std::string field = field_value(row.record, input_->layout.separator, input_->layout.column);
    const std::string json = to_json(field, check(field, options_.check));
    out_.write(prefix_);
    out_.write(std::to_string(row.line));
    out_.write(",\"outcome\":\"");
    out_.write(outcome_name(row.code));
    out_.write("\",");
    out_.write(std::string_view(json).substr(1));
    out_.write("\n");
  }

  void end(const Counts& /*counts*/) override {}

 private:
  const Options& options_;
  Output& out_;
  const InputLayout* input_ = nullptr;
  std::string prefix_;
};

// The page's summary: the counts, the blank records and the row outcomes, then (one a line) the
// records that are not valid, by reason.
class SummaryReport : public Report {
 public:
  SummaryReport(const Options& options, Output& out) : options_(options), out_(out) {}

  void begin(const std::string& name, const InputLayout& /*input*/) override { name_ = name; }
  void row(const Row& /*row*/) override {}
  bool wants_rows() const override { return false; }

  void end(const Counts& counts) override {
    const Lang lang = options_.lang;
    const auto count = [](std::uint64_t n) { return std::to_string(n); };
    std::string text = name_ + ": " +
                       word(lang, "manySummary",
                            {{"total", count(counts.total)},
                             {"valid", count(counts.valid)},
                             {"invalid", count(counts.invalid)}});
    if (counts.blank) text += " " + word(lang, "manyBlank", {{"blank", count(counts.blank)}});
    const std::pair<RowOutcome, const char*> rows[] = {{RowOutcome::leading_zero_lost, "manyLeadingZero"},
                                                       {RowOutcome::birth_date_mismatch, "manyBirthMismatch"},
                                                       {RowOutcome::sex_mismatch, "manySexMismatch"},
                                                       {RowOutcome::not_comparable, "manyNotComparable"}};
    for (const auto& [outcome, key] : rows) {
      if (const std::uint64_t n = counts.by_code[row_code(outcome)])
        text += " " + word(lang, key, {{"count", count(n)}});
    }
    out_.write(text + "\n");
    for (int code = 1; code < kCodeCount; ++code) {
      if (counts.by_code[code] == 0) continue;
      out_.write("  " + word(lang, outcome_key(static_cast<std::uint8_t>(code))) + ": " +
                 count(counts.by_code[code]) + "\n");
    }
  }

 private:
  const Options& options_;
  Output& out_;
  std::string name_;
};
}  // namespace

std::string outcome_name(std::uint8_t code) {
  if (code == kBlankLine) return "blank";
  if (code == static_cast<std::uint8_t>(Code::ok)) return "valid";
  if (code < kCodeCount) return name(static_cast<Code>(code));
  return name(static_cast<RowOutcome>(code - kCodeCount));
}

bool needs_neutralising(std::string_view cell) {
  return !cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos;
}

std::unique_ptr<Report> make_report(const Options& options, Output& out) {
  switch (options.format) {
    case Format::jsonl:
      return std::make_unique<JsonlReport>(options, out);
    case Format::summary:
      return std::make_unique<SummaryReport>(options, out);
    case Format::csv:
      break;
  }
  return std::make_unique<CsvReport>(options, out);
}

}  // namespace iin::cli
