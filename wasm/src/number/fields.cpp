#include "number/fields.hpp"

namespace iin::detail {

std::size_t line_end(std::string_view text, std::size_t from) {
  return find_first_of4(text.data(), from, text.size(), '\n', '\r', '\n', '\r');
}

}  // namespace iin::detail
