#include "iin/batch.hpp"

#if defined(__wasm_simd128__)
#include <wasm_simd128.h>
#endif

#include "number/check_digit.hpp"

namespace iin {
namespace {
std::string_view first_field(std::string_view line) {
  const std::size_t end = line.find_first_of(",;\t");
  std::string_view field = line.substr(0, end);
  const std::size_t open = field.find_first_not_of(' ');
  if (open != std::string_view::npos && field[open] == '"') {
    const std::size_t close = field.find_last_not_of(" \r");
    if (close > open && field[close] == '"') field = field.substr(open + 1, close - open - 1);
  }
  return field;
}

std::uint8_t outcome(const IdResult& result, BatchMode mode) {
  if (result.errors.empty()) return static_cast<std::uint8_t>(Code::ok);
  const Code first = result.errors.front().code;
  if (first == Code::empty && mode == BatchMode::text) return kBlankLine;
  return static_cast<std::uint8_t>(first);
}

// Whether line[0..11] are all ASCII digits and, if so, their first-pass weighted sum.
// `readable` is how many bytes from `line` on may be read.
bool first_pass_sum(const char* line, std::size_t readable, int& sum) {
#if defined(__wasm_simd128__)
  if (readable >= 16) {  // one 16-byte load instead of twelve byte loads: checkMany's hot path
    const v128_t values = wasm_i8x16_sub(wasm_v128_load(line), wasm_i8x16_splat('0'));
    if (wasm_i8x16_bitmask(wasm_u8x16_gt(values, wasm_i8x16_splat(9))) & 0xFFF) return false;
    const v128_t products = wasm_i32x4_add(
        wasm_i32x4_dot_i16x8(wasm_u16x8_extend_low_u8x16(values), wasm_i16x8_make(1, 2, 3, 4, 5, 6, 7, 8)),
        wasm_i32x4_dot_i16x8(wasm_u16x8_extend_high_u8x16(values),
                             wasm_i16x8_make(9, 10, 11, 0, 0, 0, 0, 0)));
    sum = wasm_i32x4_extract_lane(products, 0) + wasm_i32x4_extract_lane(products, 1) +
          wasm_i32x4_extract_lane(products, 2) + wasm_i32x4_extract_lane(products, 3);
    return true;
  }
#endif
  (void)readable;
  unsigned not_digit = 0;
  sum = 0;
  for (int i = 0; i < kDigits; ++i) {
    const int value = line[i] - '0';
    not_digit |= static_cast<unsigned>(value) > 9;
    if (i < 11) sum += value * detail::kFirstWeights[i];
  }
  return !not_digit;
}

// Kept out of line: inlined, the compiler hoists its digit reads into the hot loop.
[[gnu::noinline]] std::optional<int> check_digit_of_line(const char* line) {
  int digits[kDigits];
  for (int i = 0; i < kDigits; ++i) digits[i] = line[i] - '0';
  return detail::check_digit_from(detail::weighted_sums(digits));
}

// The common line, twelve bare digits, judged without building a full result. Returns false
// when check() must decide: other shapes, or a right check digit under strict or expect.
bool quick_outcome(const char* line, std::size_t readable, const CheckOptions& options, std::uint8_t& code) {
  int first = 0;
  if (!first_pass_sum(line, readable, first)) return false;
  std::optional<int> expected = first % 11;
  if (*expected == 10) expected = check_digit_of_line(line);  // about one line in eleven
  const int typed = line[11] - '0';
  if (!expected) {
    code = static_cast<std::uint8_t>(Code::unissuable_checksum);
  } else if (*expected != typed) {
    code = static_cast<std::uint8_t>(Code::checksum_mismatch);
  } else if (options.strict || options.expect) {
    return false;
  } else {
    code = static_cast<std::uint8_t>(Code::ok);
  }
  return true;
}
}  // namespace

IdResult check_line(std::string_view line, BatchMode mode, const CheckOptions& options) {
  return check(mode == BatchMode::text ? first_field(line) : line, options);
}

BatchSummary check_lines(std::string_view text, BatchMode mode, const CheckOptions& options,
                         std::vector<std::uint8_t>& codes) {
  CheckOptions line_options = options;
  line_options.suggest = false;

  // Codes go through a raw pointer and the counts live in locals: a byte stored through the
  // vector could alias anything, and the compiler would reload everything after each store.
  codes.assign(text.size() / (kDigits + 1) + 1, 0);
  std::uint8_t* out = codes.data();
  std::size_t lines = 0;
  std::uint32_t valid = 0;
  std::uint32_t blank = 0;
  const char* const data = text.data();
  const std::size_t size = text.size();
  // n items joined with '\n' make n lines, even when the last item is empty.
  const bool last_line_may_be_empty = mode == BatchMode::items;
  std::size_t start = 0;
  while (start < size || (last_line_may_be_empty && start == size)) {
    std::size_t end = start + kDigits;
    const bool twelve = end <= size && (end == size || data[end] == '\n' ||
                                        (data[end] == '\r' && (end + 1 == size || data[end + 1] == '\n')));
    std::uint8_t code;
    if (twelve && quick_outcome(data + start, size - start, line_options, code)) {
      end += end < size && data[end] == '\r';
    } else {
      end = text.find('\n', start);
      if (end == std::string_view::npos) end = size;
      code = outcome(check_line(text.substr(start, end - start), mode, line_options), mode);
    }
    if (lines == codes.size()) {
      codes.resize(2 * codes.size());
      out = codes.data();
    }
    out[lines++] = code;
    valid += code == static_cast<std::uint8_t>(Code::ok);
    blank += code == kBlankLine;
    start = end + 1;
  }
  codes.resize(lines);
  const auto total = static_cast<std::uint32_t>(lines) - blank;
  return {total, valid, total - valid, blank};
}

}  // namespace iin
