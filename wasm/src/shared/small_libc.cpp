#include "shared/small_libc.hpp"

#include <cstdlib>
#include <limits>

namespace iin::detail {

double read_decimal(const char* text, char** end) {
  constexpr int kDigitsKept = 18;  // more would not change a double; each one dropped is a power of ten
  const char* p = text;
  const bool negative = *p == '-';
  if (negative || *p == '+') ++p;
  double value = 0;
  int kept = 0;
  long shift = 0;  // the power of ten the digits kept are to be multiplied by
  const auto digit = [&](bool fraction) {
    if (kept < kDigitsKept) {
      value = value * 10 + (*p - '0');
      kept += value > 0;
      shift -= fraction;
    } else {
      shift += !fraction;
    }
  };
  for (; *p >= '0' && *p <= '9'; ++p) digit(false);
  if (*p == '.') {
    for (++p; *p >= '0' && *p <= '9'; ++p) digit(true);
  }
  if (*p == 'e' || *p == 'E') {
    ++p;
    const bool down = *p == '-';
    if (down || *p == '+') ++p;
    long exponent = 0;
    for (; *p >= '0' && *p <= '9'; ++p) {
      if (exponent < 100000) exponent = exponent * 10 + (*p - '0');
    }
    shift += down ? -exponent : exponent;
  }
  for (; shift > 0 && value != 0 && value <= std::numeric_limits<double>::max(); --shift) value *= 10;
  for (; shift < 0 && value != 0; ++shift) value /= 10;
  if (end) *end = const_cast<char*>(p);
  return negative ? -value : value;
}

int write_hex(char* out, std::size_t size, const char* format, va_list arguments) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::size_t length = 0;
  const auto put = [&](char c) {
    if (length + 1 < size) out[length] = c;
    ++length;
  };
  for (const char* f = format; *f; ++f) {
    if (*f != '%') {
      put(*f);
      continue;
    }
    int digits = 1;
    if (f[1] == '.') {
      digits = 0;
      for (f += 2; *f >= '0' && *f <= '9'; ++f) digits = digits * 10 + (*f - '0');
    } else {
      ++f;
    }
    if (*f != 'X') std::abort();
    const unsigned value = va_arg(arguments, unsigned);
    int width = 1;
    while (width < 8 && (value >> (4 * width)) != 0) ++width;
    for (int i = (width > digits ? width : digits) - 1; i >= 0; --i)
      put(i < 8 ? kHex[(value >> (4 * i)) & 0xF] : '0');
  }
  if (size > 0) out[length < size ? length : size - 1] = '\0';
  return static_cast<int>(length);
}

}  // namespace iin::detail
