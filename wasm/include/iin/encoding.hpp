#pragma once
// Which character encoding a file's bytes are in, and its text as UTF-8, a part at a time: what
// the page does with the browser's TextDecoder (web/lib/encoding.js), for readers with no
// browser (iin-check). A byte-order mark says UTF-8 or UTF-16; else UTF-8 when the bytes are valid
// UTF-8; else Windows-1251 (what Excel on Russian Windows saves) when that reads as Cyrillic.

#include <cstdint>
#include <string>
#include <string_view>

namespace iin {

enum class FileKind : std::uint8_t {
  text,
  xlsx,    // a zip file: an Excel workbook (or another zip)
  ole,     // an old .xls, or a workbook protected by a password
  binary,  // none of these
};
enum class Encoding : std::uint8_t { utf8, utf16le, utf16be, windows1251 };

struct Sniffed {
  FileKind kind = FileKind::text;
  Encoding encoding = Encoding::utf8;
};

// What the first bytes of a file are. `complete`: they are the whole file (else a character cut
// at their end is no error).
Sniffed sniff(std::string_view bytes, bool complete);
const char* name(Encoding encoding);  // "utf-8", "utf-16le", "utf-16be", "windows-1251"

// Turns the parts of a text in `encoding` into UTF-8: a character cut between two parts is
// joined, a byte-order mark at the start is dropped (as TextDecoder drops it), and what is not a
// character (a lone surrogate, a cut character at the end) becomes U+FFFD.
class Utf8Decoder {
 public:
  explicit Utf8Decoder(Encoding encoding) : encoding_(encoding) {}
  void decode(std::string_view part, std::string& out);  // appends to `out`
  void finish(std::string& out);
  // UTF-8 is taken as it is (the reader of records drops its byte-order mark): no decoding needed.
  bool passes_through() const { return encoding_ == Encoding::utf8; }

 private:
  Encoding encoding_;
  std::string held_;  // the start of a character cut at the end of the last part
  bool started_ = false;
  char16_t high_surrogate_ = 0;
};

}  // namespace iin
