#include "iin/encoding.hpp"

#include "shared/utf8.hpp"

namespace iin {

namespace {
// Windows-1251 bytes 0x80-0xBF (0xC0-0xFF are U+0410-U+044F in order), as WHATWG's index has them.
constexpr char16_t kWindows1251High[64] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A,
    0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x0098, 0x2122,
    0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6,
    0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456,
    0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457};

bool starts_with(std::string_view bytes, std::string_view prefix) {
  return bytes.substr(0, prefix.size()) == prefix;
}

// Whether the bytes are UTF-8; a character cut at the end counts when `complete` is false.
bool is_utf8(std::string_view bytes, bool complete) {
  for (std::size_t at = 0; at < bytes.size();) {
    if (static_cast<unsigned char>(bytes[at]) < 0x80) {  // most bytes of a list: ASCII
      ++at;
      continue;
    }
    const detail::DecodedCharacter next = detail::decode_utf8(bytes.substr(at));
    if (next.malformed) {
      // A valid start whose continuation is cut by the end of the bytes.
      if (complete) return false;
      const auto lead = static_cast<unsigned char>(bytes[at]);
      const std::size_t wanted = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
      if (wanted == 0 || at + wanted <= bytes.size()) return false;
      for (std::size_t i = at + 1; i < bytes.size(); ++i) {
        if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) return false;
      }
      return true;
    }
    at += static_cast<std::size_t>(next.length);
  }
  return true;
}
}  // namespace

Sniffed sniff(std::string_view bytes, bool complete) {
  if (starts_with(bytes, "PK\x03\x04")) return {FileKind::xlsx, Encoding::utf8};
  if (starts_with(bytes, std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)))
    return {FileKind::ole, Encoding::utf8};
  if (starts_with(bytes, "\xEF\xBB\xBF")) return {FileKind::text, Encoding::utf8};
  if (starts_with(bytes, "\xFF\xFE")) return {FileKind::text, Encoding::utf16le};
  if (starts_with(bytes, "\xFE\xFF")) return {FileKind::text, Encoding::utf16be};
  std::size_t controls = 0;
  for (char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    controls += byte < 9 || (byte > 13 && byte < 32 && byte != 26);
  }
  if (controls > 0 && controls * 100 > bytes.size()) return {FileKind::binary, Encoding::utf8};
  if (is_utf8(bytes, complete)) return {FileKind::text, Encoding::utf8};
  std::size_t high = 0;
  std::size_t cyrillic = 0;
  for (char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80) continue;
    ++high;
    cyrillic += byte >= 0xC0 || byte == 0xA8 || byte == 0xB8 || byte == 0xB2 || byte == 0xB3;
  }
  if (cyrillic * 10 >= high * 8) return {FileKind::text, Encoding::windows1251};
  return {FileKind::binary, Encoding::utf8};
}

const char* name(Encoding encoding) {
  static constexpr const char* kNames[] = {"utf-8", "utf-16le", "utf-16be", "windows-1251"};
  return kNames[static_cast<int>(encoding)];
}

void Utf8Decoder::decode(std::string_view part, std::string& out) {
  if (encoding_ == Encoding::utf8) {
    out.append(part);  // the reader of records drops a byte-order mark itself
    return;
  }
  if (encoding_ == Encoding::windows1251) {
    for (char c : part) {
      const auto byte = static_cast<unsigned char>(c);
      if (byte < 0x80) {
        out.push_back(c);
      } else {
        detail::append_utf8(out, byte >= 0xC0 ? 0x410 + (byte - 0xC0) : kWindows1251High[byte - 0x80]);
      }
    }
    return;
  }
  held_.append(part);
  const bool little_endian = encoding_ == Encoding::utf16le;
  std::size_t at = 0;
  for (; at + 2 <= held_.size(); at += 2) {
    const auto first = static_cast<unsigned char>(held_[at]);
    const auto second = static_cast<unsigned char>(held_[at + 1]);
    const auto unit = static_cast<char16_t>(little_endian ? first | (second << 8) : (first << 8) | second);
    const bool byte_order_mark = !started_ && unit == 0xFEFF;
    started_ = true;
    if (byte_order_mark) continue;
    if (high_surrogate_) {
      if (unit >= 0xDC00 && unit <= 0xDFFF) {
        detail::append_utf8(out, 0x10000 + ((high_surrogate_ - 0xD800) << 10) + (unit - 0xDC00));
        high_surrogate_ = 0;
        continue;
      }
      detail::append_utf8(out, detail::kReplacementCharacter);
      high_surrogate_ = 0;
    }
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      high_surrogate_ = unit;
    } else {
      detail::append_utf8(out, unit >= 0xDC00 && unit <= 0xDFFF ? detail::kReplacementCharacter : unit);
    }
  }
  held_.erase(0, at);
}

void Utf8Decoder::finish(std::string& out) {
  if (high_surrogate_ || !held_.empty()) detail::append_utf8(out, detail::kReplacementCharacter);
  high_surrogate_ = 0;
  held_.clear();
}

}  // namespace iin
