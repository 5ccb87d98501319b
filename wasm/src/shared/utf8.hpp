#pragma once
// UTF-8 decoding that never fails: a byte that does not start a valid sequence reads as U+FFFD.

#include <string>
#include <string_view>

namespace iin::detail {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

struct DecodedCharacter {
  char32_t code_point;
  int length;      // bytes consumed, at least 1
  bool malformed;  // the byte at the start was not valid UTF-8
};

// The character at the start of `text`, which must not be empty.
DecodedCharacter decode_utf8(std::string_view text);
void append_utf8(std::string& out, char32_t code_point);
// `text` with every malformed byte replaced by U+FFFD: safe to put in JSON or show.
std::string repair_utf8(std::string_view text);

}  // namespace iin::detail
