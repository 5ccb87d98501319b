// The checklist module's strtod (wasm/src/shared/small_libc.hpp) against the C library's, on every
// input that is a JSON number (nlohmann/json's lexer calls strtod on nothing else): the same end,
// and the same value within a few units in the last place (or both infinite, or both zero).
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "shared/small_libc.hpp"

namespace {

// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool is_json_number(const std::string& s) {
  std::size_t i = 0;
  const auto digits = [&] {
    const std::size_t from = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    return i > from;
  };
  if (i < s.size() && s[i] == '-') ++i;
  if (i < s.size() && s[i] == '0') {
    ++i;
  } else if (!digits()) {
    return false;
  }
  if (i < s.size() && s[i] == '.' && (++i, !digits())) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (!digits()) return false;
  }
  return i == s.size();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  if (!is_json_number(text)) return 0;
  char* ours_end = nullptr;
  char* their_end = nullptr;
  const double ours = iin::detail::read_decimal(text.c_str(), &ours_end);
  const double theirs = std::strtod(text.c_str(), &their_end);
  const bool same_value = std::isinf(theirs) || std::fabs(theirs) < 1e-290
                              ? ours == theirs || std::fabs(ours - theirs) < 1e-290
                              : std::fabs(ours - theirs) <= std::fabs(theirs) * 1e-12;
  if (ours_end != their_end || !same_value) std::abort();
  return 0;
}
