#pragma once
// What the command line of iin-check asks for (see usage_text() and iin-check.1).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "iin/error.hpp"
#include "iin/identifier.hpp"

namespace iin::cli {

enum class Format : std::uint8_t { csv, jsonl, summary };
enum class Only : std::uint8_t { all, valid, invalid, mismatch, blank };  // the page's filters
enum class Lang : std::uint8_t { en, ru, kk };

// A column given on the command line: by its number (which counts from 1; kept zero-based), by
// its name in the header, or "none"; nothing given leaves it to the file's first records.
struct ColumnChoice {
  std::optional<int> index;
  std::string name;
  bool none = false;
};

struct Options {
  std::vector<std::string> files;  // "-" is standard input; none given means "-"
  ColumnChoice column;             // --column
  ColumnChoice birth_date_column;  // --birth-date-column
  ColumnChoice sex_column;         // --sex-column
  CheckOptions check;              // --strict, --expect
  Lang lang = Lang::en;
  Format format = Format::csv;
  Only only = Only::all;
  bool help = false;
  bool version = false;
};

// The arguments after the program's name. An error names the option and what it takes.
Result<Options> parse_options(const std::vector<std::string>& arguments);

const char* usage_text();  // --help
const char* lang_name(Lang lang);

}  // namespace iin::cli
