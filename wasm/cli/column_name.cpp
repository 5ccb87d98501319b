#include "column_name.hpp"

#include <string_view>

#include "shared/utf8.hpp"

namespace iin::cli {

namespace {
char32_t lower(char32_t c) {
  if ((c >= U'A' && c <= U'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x410 && c <= 0x42F))
    return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;                             // Ѐ..Џ, with Kazakh І
  if (c >= 0x460 && c <= 0x4FF && c % 2 == 0 && c != 0x4C0) return c + 1;  // Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ...
  return c;
}

bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == 0xA0 || c == 0x2007 || c == 0x202F || c == 0xFEFF;
}

// The name's characters, lower case, without the spaces around it.
std::u32string folded(std::string_view name) {
  std::u32string out;
  for (std::size_t at = 0; at < name.size();) {
    const detail::DecodedCharacter next = detail::decode_utf8(name.substr(at));
    out.push_back(lower(next.code_point));
    at += static_cast<std::size_t>(next.length);
  }
  const std::size_t first = out.find_first_not_of(U" \t\u00A0\u2007\u202F\uFEFF");
  if (first == std::u32string::npos) return {};
  std::size_t last = out.size();
  while (last > first && is_space(out[last - 1])) --last;
  return out.substr(first, last - first);
}
}  // namespace

std::optional<int> find_column(const std::vector<std::string>& names, const std::string& wanted) {
  const std::u32string key = folded(wanted);
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (folded(names[i]) == key) return static_cast<int>(i);
  }
  return std::nullopt;
}

}  // namespace iin::cli
