// Two C library functions, smaller than the C library's, for the checklist module alone.
//
// The module's only callers of them are in nlohmann/json's parser: strtod for a number with a
// fraction or an exponent, and snprintf("<U+%.4X>") to name a control character in an error
// message. The library's versions bring printf's engine and 128-bit soft floating point into the
// module, about 15 KB of its 45 KB budget. These are enough for those two uses: no value the
// module reads has a fraction (a ruleset or answers holding one is refused for its type, so the
// parsed value is only ever reported as "a number"), and the one format is the only one written.
// The number checker's module calls neither (nothing there parses JSON), so it does not link this.

#include <cstdarg>
#include <cstddef>
#include <cstdlib>

extern "C" {

// Reads [-]digits[.digits][(e|E)[+|-]digits], as a JSON number is written; not correctly rounded
// in the last bits, which nothing here uses.
double strtod(const char* text, char** end) {
  const char* p = text;
  const bool negative = *p == '-';
  if (negative || *p == '+') ++p;
  double value = 0;
  while (*p >= '0' && *p <= '9') value = value * 10 + (*p++ - '0');
  if (*p == '.') {
    double scale = 0.1;
    for (++p; *p >= '0' && *p <= '9'; scale /= 10) value += (*p++ - '0') * scale;
  }
  if (*p == 'e' || *p == 'E') {
    ++p;
    const bool down = *p == '-';
    if (down || *p == '+') ++p;
    int exponent = 0;
    for (; *p >= '0' && *p <= '9'; ++p) {
      if (exponent < 1000) exponent = exponent * 10 + (*p - '0');
    }
    while (exponent-- > 0) value = down ? value / 10 : value * 10;
  }
  if (end) *end = const_cast<char*>(p);
  return negative ? -value : value;
}

float strtof(const char* text, char** end) { return static_cast<float>(strtod(text, end)); }
long double strtold(const char* text, char** end) { return strtod(text, end); }

// Writes `format` with each %X (or %.<n>X: at least n digits) taking an unsigned int in upper-case
// hexadecimal: all nlohmann/json asks of it. Any other conversion stops the module, loudly.
int snprintf(char* out, std::size_t size, const char* format, ...) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  va_list arguments;
  va_start(arguments, format);
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
    if (*f != 'X') abort();
    const unsigned value = va_arg(arguments, unsigned);
    int width = 1;
    while (width < 8 && (value >> (4 * width)) != 0) ++width;
    for (int i = (width > digits ? width : digits) - 1; i >= 0; --i)
      put(i < 8 ? kHex[(value >> (4 * i)) & 0xF] : '0');
  }
  va_end(arguments);
  if (size > 0) out[length < size ? length : size - 1] = '\0';
  return static_cast<int>(length);
}

}  // extern "C"
