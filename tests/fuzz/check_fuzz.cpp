// libFuzzer target: any bytes, any options, through check() and the batch checker, which must
// agree with check() item by item (records and columns of a text: reader_fuzz.cpp). Traps on any
// disagreement.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "iin/batch.hpp"
#include "iin/identifier.hpp"

namespace {
void require(bool condition) {
  if (!condition) __builtin_trap();
}

std::uint8_t expected_code(const iin::IdResult& result, iin::BatchMode mode) {
  if (result.errors.empty()) return static_cast<std::uint8_t>(iin::Code::ok);
  const iin::Code first = result.errors.front().code;
  if (first == iin::Code::empty && mode == iin::BatchMode::text) return iin::kBlankLine;
  return static_cast<std::uint8_t>(first);
}

// The items of a text joined with '\n', each with the code check() gives it.
void require_agreement(std::string_view text, const iin::CheckOptions& options, const iin::LineCodes& codes) {
  std::size_t line = 0;
  for (std::size_t start = 0;;) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const iin::IdResult full = iin::check(text.substr(start, end - start), options);
    require(line < codes.size() && codes[line] == expected_code(full, iin::BatchMode::items));
    ++line;
    if (end == text.size()) break;
    start = end + 1;
  }
  require(line == codes.size());
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  const std::uint8_t flags = data[0];
  const std::uint8_t shape = data[1];
  iin::CheckOptions options;
  options.strict = flags & 1;
  if (flags & 2) options.expect = (flags & 4) ? iin::Kind::bin : iin::Kind::iin;
  if (flags & 8) options.birth_date = iin::CivilDate{1990, 11, 23};
  if (flags & 16) options.gender = (flags & 32) ? iin::Gender::female : iin::Gender::male;
  if (flags & 128) options.today = iin::CivilDate{2026, 12, 7};
  const std::string_view input(reinterpret_cast<const char*>(data + 2), size - 2);

  const iin::IdResult result = iin::check(input, options);
  require(result.valid == result.errors.empty());
  require(result.suggestions.size() <= iin::kMaxSuggestions);
  for (const auto& suggestion : result.suggestions) require(iin::check(suggestion).valid);

  // The layout: found in the text, or given (a separator of ',;\t or none, a column 0-3, a header).
  const auto mode = (flags & 64) ? iin::BatchMode::items : iin::BatchMode::text;
  iin::TextLayout layout = iin::detect_layout(input).layout;
  if (shape & 1) {
    static constexpr char kSeparators[] = {0, ',', ';', '\t'};
    layout = {kSeparators[(shape >> 1) & 3], (shape >> 3) & 3, static_cast<bool>(shape & 32)};
  }
  iin::LineCodes codes;
  const iin::Result<iin::BatchSummary> summary = iin::check_lines(input, mode, layout, options, codes);
  require(static_cast<bool>(summary));
  require(summary->total + summary->blank == codes.size());
  require(summary->valid + summary->invalid == summary->total);
  if (mode == iin::BatchMode::items) require_agreement(input, options, codes);
  return 0;
}
