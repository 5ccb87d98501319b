#include "options.hpp"

#include <cstddef>
#include <ctime>
#include <string_view>
#include <tuple>
#include <utility>

namespace iin::cli {

namespace {
Error usage(const std::string& message) { return {ErrorCode::invalid_value, "", message}; }

// The value of an option given as "--name value" or "--name=value".
struct Valued {
  const char* name;
  std::string* value;
};

std::optional<int> column_number(const std::string& text) {
  if (text.empty() || text.size() > 6) return std::nullopt;
  int number = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    number = number * 10 + (c - '0');
  }
  return number;
}

// The machine's date where it runs, as the page takes the device's.
CivilDate local_today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}
}  // namespace

const char* lang_name(Lang lang) {
  static constexpr const char* kNames[] = {"en", "ru", "kk"};
  return kNames[static_cast<int>(lang)];
}

const char* usage_text() {
  return R"(Usage: iin-check [OPTION]... [FILE]...
Check the Kazakhstani IINs and BINs in each FILE (a .csv, .tsv or .txt list), or in standard
input when FILE is - or none is given. The separator (comma, semicolon or tab), the column that
holds the numbers and a header line are found as the page's "Check many" finds them.

Output (standard output):
      --format=FORMAT     csv (the default): every column of the file, then the page's result
                          columns (valid, kind, result, the number with a lost leading 0
                          restored, how many valid numbers are one digit away, the one that
                          matches the birth date in the file), as the page's export: UTF-8
                          with a byte-order mark, cells a spreadsheet could run as a formula
                          start with ', and never a guessed number;
                          jsonl: one JSON object per number, with the fields of the JavaScript
                          check() and the file and line it comes from;
                          summary: how many were checked, valid and not valid, and why
      --only=WHICH        only the records the page's filter of that name shows: invalid,
                          valid, mismatch (valid, but another birth date or sex than the
                          file's) or blank (no number)
      --lang=LANG         the words of the CSV and the summary: en (the default), ru or kk

Reading (the encoding, UTF-8, UTF-16 or Windows-1251, is found as the page finds it):
      --column=N|NAME     the column with the numbers: its number (1 for the first) or its
                          name in the header line (case does not matter)
      --birth-date-column=N|NAME|none, --sex-column=N|NAME|none
                          the columns whose birth date and sex are compared with what a valid
                          IIN encodes (found by their names or values; none: not compared)
      --expect=KIND       iin, bin or either (the default): a number of the other kind is an error
      --strict            a number must follow the IIN or BIN layout (since 2013 an IIN need
                          not encode a birth date, so this refuses some genuine numbers)
      --today=YYYY-MM-DD  the day to judge against (default: this machine's date): an IIN born
                          after it or a BIN registered after its month gets the warning
                          born_in_future or registered_in_future (an error with --strict)

      --help              show this help and exit
      --version           show the version and exit

Exit status: 0 when every number is valid, 1 when any is not, 2 for a wrong option, or a file
that cannot be read as a list or output that cannot be written (one line on standard error).
A progress line is shown on standard error when it is a terminal and the run takes over a second.

Example: iin-check --only=invalid staff.csv > to-fix.csv
Full documentation: man iin-check
)";
}

Result<Options> parse_options(const std::vector<std::string>& arguments) {
  Options options;
  std::string format, only, lang, expect, today;
  std::optional<std::string> column, birth_date_column, sex_column;
  std::string column_value, birth_date_value, sex_value;
  const Valued valued[] = {
      {"--format", &format},        {"--only", &only},           {"--lang", &lang},
      {"--expect", &expect},        {"--column", &column_value}, {"--birth-date-column", &birth_date_value},
      {"--sex-column", &sex_value}, {"--today", &today}};
  bool files_only = false;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    const std::string& argument = arguments[i];
    if (files_only || argument == "-" || argument.empty() || argument[0] != '-') {
      options.files.push_back(argument);
      continue;
    }
    if (argument == "--") {
      files_only = true;
    } else if (argument == "--help") {
      options.help = true;
    } else if (argument == "--version") {
      options.version = true;
    } else if (argument == "--strict") {
      options.check.strict = true;
    } else {
      const std::size_t equals = argument.find('=');
      const std::string name = argument.substr(0, equals);
      const Valued* match = nullptr;
      for (const Valued& candidate : valued) {
        if (name == candidate.name) match = &candidate;
      }
      if (!match) return usage("unknown option '" + name + "'");
      if (equals != std::string::npos) {
        *match->value = argument.substr(equals + 1);
      } else if (i + 1 < arguments.size()) {
        *match->value = arguments[++i];
      } else {
        return usage("option '" + name + "' needs a value");
      }
      if (match->value == &column_value) column = column_value;
      if (match->value == &birth_date_value) birth_date_column = birth_date_value;
      if (match->value == &sex_value) sex_column = sex_value;
    }
  }
  if (options.files.empty()) options.files.emplace_back("-");

  if (format == "csv" || format.empty()) {
    options.format = Format::csv;
  } else if (format == "jsonl") {
    options.format = Format::jsonl;
  } else if (format == "summary") {
    options.format = Format::summary;
  } else {
    return usage("--format must be csv, jsonl or summary, not '" + format + "'");
  }
  const std::pair<const char*, Only> filters[] = {{"valid", Only::valid},
                                                  {"invalid", Only::invalid},
                                                  {"mismatch", Only::mismatch},
                                                  {"blank", Only::blank}};
  bool filter_known = only.empty();
  for (const auto& [word, filter] : filters) {
    if (only == word) {
      options.only = filter;
      filter_known = true;
    }
  }
  if (!filter_known) return usage("--only must be invalid, valid, mismatch or blank, not '" + only + "'");
  if (lang == "ru") {
    options.lang = Lang::ru;
  } else if (lang == "kk") {
    options.lang = Lang::kk;
  } else if (lang != "en" && !lang.empty()) {
    return usage("--lang must be en, ru or kk, not '" + lang + "'");
  }
  options.check.today = today.empty() ? local_today() : parse_iso_date(today);
  if (!options.check.today) return usage("--today must be a date written YYYY-MM-DD, not '" + today + "'");
  if (expect == "iin" || expect == "bin") {
    options.check.expect = parse_kind(expect);
  } else if (expect != "either" && !expect.empty()) {
    return usage("--expect must be iin, bin or either, not '" + expect + "'");
  }
  const std::tuple<const char*, const std::optional<std::string>&, ColumnChoice&, bool> columns[] = {
      {"--column", column, options.column, false},
      {"--birth-date-column", birth_date_column, options.birth_date_column, true},
      {"--sex-column", sex_column, options.sex_column, true}};
  for (const auto& [option, given, choice, may_be_none] : columns) {
    if (!given) continue;
    if (given->empty())
      return usage(std::string(option) + " needs a column number (1 for the first) or name");
    if (may_be_none && *given == "none") {
      choice.none = true;
    } else if (const std::optional<int> number = column_number(*given)) {
      if (*number == 0) return usage(std::string(option) + " counts from 1: the first column is 1");
      choice.index = *number - 1;
    } else {
      choice.name = *given;
    }
  }
  return options;
}

}  // namespace iin::cli
