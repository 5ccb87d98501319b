#include "number/normalize.hpp"

#include "shared/utf8.hpp"

namespace iin::detail {
namespace {
bool is_separator(char32_t c) {
  switch (c) {
    case U' ':
    case U'\t':
    case U'\r':
    case U'\n':
    case U'-':
    case U'.':
    case 0x00A0:
    case 0x2009:
    case 0x202F:
      return true;
    default:
      return false;
  }
}

std::string hex_code(char32_t c) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = "U+";
  const int width = c > 0xFFFFF ? 6 : c > 0xFFFF ? 5 : 4;
  for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) out += kHex[(c >> shift) & 0xF];
  return out;
}

// Letters people type, or that autocorrect and OCR produce, in place of digits.
const char* lookalike_hint(char32_t c) {
  switch (c) {
    case U'O':
    case U'o':
      return "the Latin letter O, not the digit 0";
    case 0x041E:
    case 0x043E:
      return "the Cyrillic letter O, not the digit 0";
    case 0x039F:
    case 0x03BF:
      return "the Greek letter omicron, not the digit 0";
    case 0x0399:
      return "the Greek letter iota, not the digit 1";
    case 0x0392:
      return "the Greek letter beta, not the digit 8";
    case U'l':
    case U'I':
    case U'|':
      return "a letter or bar, not the digit 1";
    case 0x0417:
    case 0x0437:
      return "the Cyrillic letter Ze, not the digit 3";
    case 0x0431:
      return "the Cyrillic letter be, not the digit 6";
    case U'B':
    case 0x0412:
      return "a letter B, not the digit 8";
    case U'S':
    case U's':
      return "the letter S, not the digit 5";
    default:
      break;
  }
  if (c >= 0xFF10 && c <= 0xFF19) return "a full-width digit; use the digits 0-9";
  if (c >= 0x0660 && c <= 0x0669) return "an Arabic-Indic digit; use the digits 0-9";
  if (c >= 0x06F0 && c <= 0x06F9) return "a Persian digit; use the digits 0-9";
  return nullptr;
}
}  // namespace

bool is_bidi_control(char32_t c) {
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
}

Normalized normalize(std::string_view utf8) {
  Normalized result;
  result.digits.reserve(utf8.size() < 16 ? utf8.size() : 16);
  int position = 0;
  for (std::size_t at = 0; at < utf8.size(); ++position) {
    const DecodedCharacter next = decode_utf8(utf8.substr(at));
    at += next.length;
    if (next.code_point >= U'0' && next.code_point <= U'9') {
      result.digits += static_cast<char>(next.code_point);
    } else if (!is_separator(next.code_point) && !result.first_bad) {
      result.first_bad = BadCharacter{position, next.code_point, next.malformed};
    }
  }
  return result;
}

std::string describe_character(const BadCharacter& bad) {
  if (bad.malformed_utf8) return "a byte that is not valid UTF-8";
  const char32_t c = bad.code_point;
  std::string out;
  if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
    out = "the control character " + hex_code(c);
  } else if (is_bidi_control(c)) {
    out = hex_code(c);  // the mark itself would reorder the message around it
  } else if (c == kReplacementCharacter) {
    out = hex_code(c) + ", a replacement for a broken character (such as half of an emoji)";
  } else {
    out = "\"";
    append_utf8(out, c);
    out += "\" (" + hex_code(c) + ")";
  }
  if (const char* hint = lookalike_hint(c)) out += std::string(", ") + hint;
  return out;
}

}  // namespace iin::detail
