#include "shared/json_writer.hpp"

#include "shared/concat.hpp"

namespace iin::detail {

JsonWriter& JsonWriter::key(const char* name) {
  separate();
  quote(name);
  out_ += ':';
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
  separate();
  quote(text);
  return *this;
}

JsonWriter& JsonWriter::value(const std::string& text) { return value(std::string_view(text)); }

JsonWriter& JsonWriter::value(bool flag) { return json(flag ? "true" : "false"); }
JsonWriter& JsonWriter::value(std::int64_t number) { return json(detail::decimal(number)); }
JsonWriter& JsonWriter::null() { return json("null"); }

JsonWriter& JsonWriter::json(std::string_view written) {
  separate();
  out_ += written;
  return *this;
}

JsonWriter& JsonWriter::open(char bracket) {
  separate();
  out_ += bracket;
  first_.push_back(1);
  return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
  out_ += bracket;
  first_.pop_back();
  return *this;
}

void JsonWriter::separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_.empty()) {
    if (!first_.back()) out_ += ',';
    first_.back() = 0;
  }
}

// Escaped as JSON.stringify does, so that text written here and text written by JavaScript agree.
void JsonWriter::quote(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out_ += '"';
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    const char* short_escape = c == '\b'   ? "\\b"
                               : c == '\f' ? "\\f"
                               : c == '\n' ? "\\n"
                               : c == '\r' ? "\\r"
                               : c == '\t' ? "\\t"
                                           : nullptr;
    if (c == '"' || c == '\\') {
      out_ += '\\';
      out_ += c;
    } else if (short_escape) {
      out_ += short_escape;
    } else if (byte < 0x20) {
      out_ += "\\u00";
      out_ += kHex[byte >> 4];
      out_ += kHex[byte & 0xF];
    } else {
      out_ += c;
    }
  }
  out_ += '"';
}

}  // namespace iin::detail
