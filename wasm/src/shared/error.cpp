#include "iin/error.hpp"

namespace iin {

const char* name(ErrorCode code) { return kErrorCodeNames[static_cast<int>(code)]; }

std::optional<ErrorCode> parse_error_code(std::string_view text) {
  for (int i = 0; i < kErrorCodeCount; ++i) {
    if (text == kErrorCodeNames[i]) return static_cast<ErrorCode>(i);
  }
  return std::nullopt;
}

}  // namespace iin
