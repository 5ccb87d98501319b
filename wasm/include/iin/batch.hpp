#pragma once
// Checking many numbers at once: a pasted list, a dropped .txt/.csv file, or an array of strings.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "iin/error.hpp"
#include "iin/identifier.hpp"

namespace iin {

enum class BatchMode : std::uint8_t {
  // A text: lines end at "\r\n", "\r" or "\n"; a leading byte-order mark is skipped; each line is
  // split into fields (TextLayout) and one field is the number. A final line end starts no line.
  text,
  // Items joined with '\n', each exactly as check() would take it; a blank item is `empty`, and
  // an empty text after the last '\n' is an item too (n items make n lines).
  items,
};

// How a text's lines split into fields, and which field holds the number. Fields are separated
// by `separator`; a field whose first non-space character is '"' is quoted: it runs to the next
// lone '"', a doubled quote inside stands for one, and what follows the closing quote up to the
// separator is kept as it is. A quoted field ends at the line end all the same.
struct TextLayout {
  char separator = 0;   // ',', ';', '\t', or 0: the whole line is one field
  int column = 0;       // zero-based index of the field that holds the number
  bool header = false;  // the first line names the columns: it is neither checked nor counted
};

// What detect_layout() found in the first lines of a text.
struct DetectedLayout {
  TextLayout layout;
  int columns = 1;  // the most fields seen on one of the first lines
};

// The separator is the one of '\t', ';', ',' found on most lines (at least half of the non-blank
// lines looked at; ties go in that order); the column is the one that most often holds a
// 12-digit number (separators allowed); the first line is a header when none of its fields is
// such a number and its own field in that column holds no digit, while a later line's does.
// With `separator` given, only the column and the header are looked for.
DetectedLayout detect_layout(std::string_view utf8_text, std::optional<char> separator = std::nullopt);

// Per-line outcome: the first error's Code, Code::ok when valid, or kBlankLine (text mode: the
// number's field is empty, or the line has no such field).
inline constexpr std::uint8_t kBlankLine = 255;

struct BatchSummary {
  std::uint32_t total = 0;  // lines checked (blank lines excluded)
  std::uint32_t valid = 0;
  std::uint32_t invalid = 0;
  std::uint32_t blank = 0;
};

// One code per line, in memory that is asked for without throwing: when the memory runs out
// the batch reports too_large instead of aborting (the WebAssembly module stays usable).
class LineCodes {
 public:
  LineCodes() = default;
  LineCodes(const LineCodes&) = delete;
  LineCodes& operator=(const LineCodes&) = delete;
  ~LineCodes();

  const std::uint8_t* data() const { return data_; }
  std::size_t size() const { return size_; }
  std::uint8_t operator[](std::size_t i) const { return data_[i]; }
  std::vector<std::uint8_t> to_vector() const { return {data_, data_ + size_}; }

 private:
  friend class LineCodesWriter;
  std::uint8_t* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

// `codes` gets one entry per line (a header excluded). The error is too_large when the memory
// for the codes could not be had.
Result<BatchSummary> check_lines(std::string_view utf8_text, BatchMode mode, const TextLayout& layout,
                                 const CheckOptions& options, LineCodes& codes);

// The field of `line` (without its line end) that `layout` points at, quotes undone.
std::string field_of(std::string_view line, const TextLayout& layout);

// The full result for one line, exactly as check_lines judged it.
IdResult check_line(std::string_view line, BatchMode mode, const TextLayout& layout,
                    const CheckOptions& options);

}  // namespace iin
