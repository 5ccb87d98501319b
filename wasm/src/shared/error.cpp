#include "iin/error.hpp"

#include <array>

namespace iin {
namespace {
constexpr std::array kErrorCodes = {
#define IIN_ERROR_NAME(code) #code,
    IIN_ERROR_CODES(IIN_ERROR_NAME)
#undef IIN_ERROR_NAME
};
}  // namespace

const char* name(ErrorCode code) { return kErrorCodes[static_cast<std::size_t>(code)]; }

std::optional<ErrorCode> parse_error_code(std::string_view text) {
  for (std::size_t i = 0; i < kErrorCodes.size(); ++i) {
    if (text == kErrorCodes[i]) return static_cast<ErrorCode>(i);
  }
  return std::nullopt;
}

}  // namespace iin
