#pragma once
// Checking many numbers at once: a pasted list, a dropped .txt/.csv file, or an array of strings.

#include <cstdint>
#include <string_view>
#include <vector>

#include "iin/identifier.hpp"

namespace iin {

enum class BatchMode : std::uint8_t {
  // One number per line. A line's number is its first field (up to ',', ';' or a tab, outer
  // double quotes removed), so a CSV export works as it is; blank lines are skipped.
  text,
  // One number per line, each line exactly as check() would take it; a blank line is `empty`.
  items,
};

// Per-line outcome: the first error's Code, Code::ok when valid, or kBlankLine.
inline constexpr std::uint8_t kBlankLine = 255;

struct BatchSummary {
  std::uint32_t total = 0;  // lines checked (blank lines excluded)
  std::uint32_t valid = 0;
  std::uint32_t invalid = 0;
  std::uint32_t blank = 0;
};

// Lines end at '\n'; a final line without one counts. In text mode an empty text after the last
// '\n' is not a line; in items mode it is (n items joined with '\n' are n lines).
// `codes` is cleared, then gets one entry per line.
BatchSummary check_lines(std::string_view utf8_text, BatchMode mode, const CheckOptions& options,
                         std::vector<std::uint8_t>& codes);

// The full result for one line, exactly as check_lines judged it.
IdResult check_line(std::string_view line, BatchMode mode, const CheckOptions& options);

}  // namespace iin
