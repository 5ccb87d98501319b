#pragma once
// What iin-check writes for the lines it read: the page's CSV export, JSON lines, or a summary.

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "iin/identifier.hpp"
#include "input.hpp"
#include "options.hpp"
#include "output.hpp"

namespace iin::cli {

struct Counts {
  std::uint64_t total = 0;  // records with a number (blank ones not counted), as checkMany() counts
  std::uint64_t valid = 0;  // the row outcomes that are valid numbers included
  std::uint64_t invalid = 0;
  std::uint64_t blank = 0;
  std::array<std::uint64_t, 256> by_code{};  // the records by their code
};

class Report {
 public:
  virtual ~Report() = default;
  virtual void begin(const std::string& name, const InputLayout& input) = 0;
  // A record that the filter (--only) keeps.
  virtual void row(const Row& row) = 0;
  virtual void end(const Counts& counts) = 0;
  // Whether row() is wanted at all (a summary needs only the counts).
  virtual bool wants_rows() const { return true; }
};

std::unique_ptr<Report> make_report(const Options& options, Output& out);

// The name of a record's code: "valid", "blank", an error's code or a row outcome's.
std::string outcome_name(std::uint8_t code);

// OWASP's advice against CSV injection, as the page's export follows it: a cell that begins with
// '=', '+', '-', '@', a tab or a carriage return gets a leading "'".
bool needs_neutralising(std::string_view cell);

}  // namespace iin::cli
