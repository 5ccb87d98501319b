#include "shared/concat.hpp"

#include <iterator>

namespace iin::detail {

std::string concat(std::initializer_list<std::string_view> pieces) {
  std::size_t size = 0;
  for (std::string_view piece : pieces) size += piece.size();
  std::string out;
  out.reserve(size);
  for (std::string_view piece : pieces) out += piece;
  return out;
}

std::string decimal(std::int64_t number) {
  // Written from the last digit; the magnitude is unsigned, so that the lowest int64 has one too.
  std::uint64_t magnitude =
      number < 0 ? 0 - static_cast<std::uint64_t>(number) : static_cast<std::uint64_t>(number);
  char digits[20];
  char* first = std::end(digits);
  do {
    *--first = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude != 0);
  return concat({number < 0 ? "-" : "", std::string_view(first, std::end(digits) - first)});
}

}  // namespace iin::detail
