// libFuzzer target: any bytes, any options, through check() and the batch checker, which must
// agree with check() line by line (with columns too). Traps on any disagreement.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "iin/batch.hpp"
#include "iin/identifier.hpp"
#include "number/fields.hpp"

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

// The lines of a text as batch.hpp defines them, each with the code check() gives its field.
void require_agreement(std::string_view text, iin::BatchMode mode, const iin::TextLayout& layout,
                       const iin::CheckOptions& options, const iin::LineCodes& codes) {
  std::size_t line = 0;
  const bool items = mode == iin::BatchMode::items;
  std::size_t start = items ? 0 : iin::detail::skip_bom(text);
  if (!items && layout.header && start < text.size()) {
    start = iin::detail::next_line(text, iin::detail::line_end(text, start));
  }
  while (start < text.size() || (items && start == text.size())) {
    std::size_t end = items ? text.find('\n', start) : iin::detail::line_end(text, start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view content = text.substr(start, end - start);
    const iin::IdResult full =
        items ? iin::check(content, options) : iin::check(iin::field_of(content, layout), options);
    require(line < codes.size() && codes[line] == expected_code(full, mode));
    ++line;
    if (items && end == text.size()) break;
    start = items ? end + 1 : iin::detail::next_line(text, end);
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
  const std::string_view input(reinterpret_cast<const char*>(data + 2), size - 2);

  const iin::IdResult result = iin::check(input, options);
  require(result.valid == result.errors.empty());
  require(result.suggestions.size() <= 5);
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
  require_agreement(input, mode, layout, options, codes);
  return 0;
}
