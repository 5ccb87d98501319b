#include "number/fields.hpp"

namespace iin::detail {
namespace {
// Reads the field that starts at line[from]; appends its value to `out` when given. Returns the
// index just past the field: its separator, or the end of the line.
std::size_t read_field(std::string_view line, std::size_t from, char separator, std::string* out) {
  const auto ends_field = [&](char c) { return separator != 0 && c == separator; };
  const auto keep = [&](char c) {
    if (out) out->push_back(c);
  };
  std::size_t at = from;
  while (at < line.size() && line[at] == ' ') ++at;
  if (at == line.size() || line[at] != '"') {  // unquoted: everything up to the separator
    for (at = from; at < line.size() && !ends_field(line[at]); ++at) keep(line[at]);
    return at;
  }
  for (++at; at < line.size(); ++at) {
    if (line[at] != '"') {
      keep(line[at]);
    } else if (at + 1 < line.size() && line[at + 1] == '"') {
      keep('"');
      ++at;
    } else {
      ++at;
      break;
    }
  }
  for (; at < line.size() && !ends_field(line[at]); ++at) keep(line[at]);  // after the closing quote
  return at;
}
}  // namespace

std::size_t line_end(std::string_view text, std::size_t from) {
  return find_first_of4(text.data(), from, text.size(), '\n', '\r', '\n', '\r');
}

std::string field_at(std::string_view line, char separator, int column, bool* present) {
  std::size_t at = 0;
  for (int index = 0; index < column; ++index) {
    at = read_field(line, at, separator, nullptr) + 1;
    if (at > line.size()) {
      if (present) *present = false;
      return {};
    }
  }
  std::string value;
  read_field(line, at, separator, &value);
  if (present) *present = true;
  return value;
}

}  // namespace iin::detail
