#pragma once
// Turning what a person typed or pasted into the bare digits of a number.

#include <optional>
#include <string>
#include <string_view>

namespace iin::detail {

struct BadCharacter {
  int position = 0;         // zero-based, in Unicode characters
  char32_t code_point = 0;  // U+FFFD for bytes that are not UTF-8
  bool malformed_utf8 = false;
};

struct Normalized {
  std::string digits;                     // every ASCII digit of the input, in order
  std::optional<BadCharacter> first_bad;  // the first character that is neither digit nor separator
};

// Separators dropped: space, tab, CR, LF, hyphen, dot, U+00A0, U+2009, U+202F.
Normalized normalize(std::string_view utf8);

// U+202A-U+202E, U+2066-U+2069, U+200E, U+200F: they reorder what is shown.
bool is_bidi_control(char32_t c);

// "\"x\" (U+0078)", with a hint for look-alikes such as the Cyrillic letter O.
std::string describe_character(const BadCharacter& bad);

}  // namespace iin::detail
