#include "iin/batch.hpp"

#include <cstdlib>
#include <string>

#include "number/check_digit.hpp"
#include "number/fields.hpp"

namespace iin {

// malloc and realloc rather than new: under -fno-exceptions a failed `new` aborts the module,
// while a null from realloc is an answer the caller can give (too_large).
// NOLINTNEXTLINE(cppcoreguidelines-no-malloc,hicpp-no-malloc,cppcoreguidelines-owning-memory)
LineCodes::~LineCodes() { std::free(data_); }

// Appends codes, growing the buffer with realloc: a failed allocation is an answer, not an abort.
class LineCodesWriter {
 public:
  explicit LineCodesWriter(LineCodes& codes) : codes_(codes) { codes_.size_ = 0; }

  bool reserve(std::size_t capacity) {
    if (capacity <= codes_.capacity_) return true;
    // NOLINTNEXTLINE(cppcoreguidelines-no-malloc,hicpp-no-malloc,cppcoreguidelines-owning-memory)
    auto* grown = static_cast<std::uint8_t*>(std::realloc(codes_.data_, capacity));
    if (!grown) return false;
    codes_.data_ = grown;
    codes_.capacity_ = capacity;
    return true;
  }
  // The raw pointer keeps the hot loop free of aliasing reloads; it changes only when the buffer grows.
  bool push(std::uint8_t code) {
    if (codes_.size_ == codes_.capacity_ && !reserve(2 * codes_.capacity_ + 64)) return false;
    codes_.data_[codes_.size_++] = code;
    return true;
  }
  std::size_t size() const { return codes_.size_; }

 private:
  LineCodes& codes_;
};

namespace {
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

// Twelve bare digits, judged without building a full result. Returns false when check() must
// decide: other shapes, or a right check digit under strict or expect.
bool quick_outcome(const char* digits, std::size_t readable, const CheckOptions& options,
                   std::uint8_t& code) {
  int first = 0;
  if (!first_pass_sum(digits, readable, first)) return false;
  std::optional<int> expected = first % 11;
  if (*expected == 10) expected = check_digit_of_line(digits);  // about one line in eleven
  const int typed = digits[11] - '0';
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

// The common line: its number's field is twelve bare digits, with no quote before it. Returns
// false for every other shape, which check_line() then reads in full. `end` is the line's end.
bool quick_line(std::string_view text, std::size_t start, bool items, const TextLayout& layout,
                const CheckOptions& options, std::uint8_t& code, std::size_t& end) {
  const char* const data = text.data();
  const std::size_t size = text.size();
  const char separator = layout.separator;
  if (separator == 0 && layout.column != 0) return false;
  std::size_t field = start;
  for (int column = 0; column < layout.column; ++column) {
    const std::size_t stop = detail::find_first_of4(data, field, size, separator, '"', '\r', '\n');
    if (stop == size || data[stop] != separator) return false;
    field = stop + 1;
  }
  const std::size_t after = field + kDigits;
  if (after > size) return false;
  const char next = after < size ? data[after] : '\n';
  const bool at_line_end = next == '\n' || (!items && next == '\r');
  if (!at_line_end && !(separator != 0 && next == separator)) return false;
  if (!quick_outcome(data + field, size - field, options, code)) return false;
  end = at_line_end ? after : detail::line_end(text, after);
  return true;
}

std::size_t item_end(std::string_view text, std::size_t from) {
  const std::size_t end = text.find('\n', from);
  return end == std::string_view::npos ? text.size() : end;
}
}  // namespace

std::string field_of(std::string_view line, const TextLayout& layout) {
  return detail::field_at(line, layout.separator, layout.column);
}

IdResult check_line(std::string_view line, BatchMode mode, const TextLayout& layout,
                    const CheckOptions& options) {
  return mode == BatchMode::text ? check(field_of(line, layout), options) : check(line, options);
}

Result<BatchSummary> check_lines(std::string_view text, BatchMode mode, const TextLayout& layout,
                                 const CheckOptions& options, LineCodes& codes) {
  CheckOptions line_options = options;
  line_options.suggest = false;
  const bool items = mode == BatchMode::items;
  const TextLayout line_layout = items ? TextLayout{} : layout;

  LineCodesWriter out(codes);
  const std::size_t size = text.size();
  const auto out_of_memory = [&] {
    return Error{ErrorCode::too_large, "",
                 "not enough memory for the results of " + std::to_string(out.size()) + "+ lines (" +
                     std::to_string(size) + " bytes of text)"};
  };
  if (!out.reserve(size / (kDigits + 1) + 1)) return out_of_memory();

  std::uint32_t valid = 0;
  std::uint32_t blank = 0;
  std::size_t start = items ? 0 : detail::skip_bom(text);
  if (!items && layout.header && start < size) start = detail::next_line(text, detail::line_end(text, start));
  // n items joined with '\n' make n lines, even when the last item is empty.
  while (start < size || (items && start == size)) {
    std::uint8_t code;
    std::size_t end;
    if (!quick_line(text, start, items, line_layout, line_options, code, end)) {
      end = items ? item_end(text, start) : detail::line_end(text, start);
      code = outcome(check_line(text.substr(start, end - start), mode, line_layout, line_options), mode);
    }
    if (!out.push(code)) return out_of_memory();
    valid += code == static_cast<std::uint8_t>(Code::ok);
    blank += code == kBlankLine;
    if (items && end == size) break;
    start = items ? end + 1 : detail::next_line(text, end);
  }
  const auto total = static_cast<std::uint32_t>(out.size()) - blank;
  return BatchSummary{total, valid, total - valid, blank};
}

}  // namespace iin
