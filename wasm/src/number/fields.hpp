#pragma once
// Byte scans for records.hpp's reader. They are inline: checkMany's hot loop runs them on every record.

#include <cstddef>
#include <string_view>

#if defined(__wasm_simd128__)
#include <wasm_simd128.h>
#endif

namespace iin::detail {

// The index of the first byte at or after `from` that is one of a, b, c, d (or `size`).
inline std::size_t find_first_of4(const char* data, std::size_t from, std::size_t size, char a, char b,
                                  char c, char d) {
#if defined(__wasm_simd128__)
  const v128_t va = wasm_i8x16_splat(a), vb = wasm_i8x16_splat(b), vc = wasm_i8x16_splat(c),
               vd = wasm_i8x16_splat(d);
  for (; from + 16 <= size; from += 16) {  // sixteen bytes a step: long name fields stay cheap
    const v128_t bytes = wasm_v128_load(data + from);
    const v128_t hits = wasm_v128_or(wasm_v128_or(wasm_i8x16_eq(bytes, va), wasm_i8x16_eq(bytes, vb)),
                                     wasm_v128_or(wasm_i8x16_eq(bytes, vc), wasm_i8x16_eq(bytes, vd)));
    if (const auto mask = static_cast<unsigned>(wasm_i8x16_bitmask(hits))) return from + __builtin_ctz(mask);
  }
#endif
  for (; from < size; ++from) {
    const char byte = data[from];
    if (byte == a || byte == b || byte == c || byte == d) return from;
  }
  return size;
}

// Where the line that starts at `from` ends: its first '\r' or '\n', or the end of the text.
std::size_t line_end(std::string_view text, std::size_t from);

// Where the next line starts, after the line end at `end` ("\r\n", "\r" or "\n").
inline std::size_t next_line(std::string_view text, std::size_t end) {
  if (end >= text.size()) return text.size();
  return end + (text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n' ? 2 : 1);
}

// Past a UTF-8 byte-order mark at the start of the text, if there is one.
inline std::size_t skip_bom(std::string_view text) { return text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0; }

}  // namespace iin::detail
