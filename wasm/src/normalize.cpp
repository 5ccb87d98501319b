#include "normalize.hpp"

#include <cstdint>

namespace iin::detail {
namespace {
constexpr char32_t kReplacement = 0xFFFD;

struct Decoded {
  char32_t code_point;
  int length;
  bool malformed;
};

// One UTF-8 sequence at the start of `text`; a malformed byte decodes alone as U+FFFD.
Decoded decode_utf8(std::string_view text) {
  const auto lead = static_cast<std::uint8_t>(text[0]);
  if (lead < 0x80) return {lead, 1, false};
  int length = 0;
  char32_t value = 0;
  char32_t minimum = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, value = lead & 0x1F, minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, value = lead & 0x0F, minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, value = lead & 0x07, minimum = 0x10000;
  } else {
    return {kReplacement, 1, true};
  }
  if (static_cast<int>(text.size()) < length) return {kReplacement, 1, true};
  for (int i = 1; i < length; ++i) {
    const auto next = static_cast<std::uint8_t>(text[i]);
    if ((next & 0xC0) != 0x80) return {kReplacement, 1, true};
    value = (value << 6) | (next & 0x3F);
  }
  if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    return {kReplacement, 1, true};
  }
  return {value, length, false};
}

bool is_separator(char32_t c) {
  switch (c) {
    case U' ': case U'\t': case U'\r': case U'\n': case U'-': case U'.':
    case 0x00A0: case 0x2009: case 0x202F:
      return true;
    default:
      return false;
  }
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
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
    case U'O': case U'o': return "the Latin letter O, not the digit 0";
    case 0x041E: case 0x043E: return "the Cyrillic letter O, not the digit 0";
    case U'l': case U'I': case U'|': return "a letter or bar, not the digit 1";
    case 0x0417: case 0x0437: return "the Cyrillic letter Ze, not the digit 3";
    case 0x0431: return "the Cyrillic letter be, not the digit 6";
    case U'B': case 0x0412: return "a letter B, not the digit 8";
    case U'S': case U's': return "the letter S, not the digit 5";
    default: break;
  }
  if (c >= 0xFF10 && c <= 0xFF19) return "a full-width digit; use the digits 0-9";
  if (c >= 0x0660 && c <= 0x0669) return "an Arabic-Indic digit; use the digits 0-9";
  return nullptr;
}
}  // namespace

Normalized normalize(std::string_view utf8) {
  Normalized result;
  result.digits.reserve(utf8.size() < 16 ? utf8.size() : 16);
  int position = 0;
  for (std::size_t at = 0; at < utf8.size(); ++position) {
    const Decoded next = decode_utf8(utf8.substr(at));
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
  } else if (c == kReplacement) {
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
