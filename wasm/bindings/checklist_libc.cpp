// The checklist module's strtod and snprintf: the small ones of wasm/src/shared/small_libc.hpp (the
// C library's bring printf's engine and 128-bit soft floating point, about 15 KB of the module's
// budget). The number checker's module calls neither (nothing there parses JSON), so it does not
// link this file.

#include <cstdarg>
#include <cstddef>

#include "shared/small_libc.hpp"

extern "C" {

double strtod(const char* text, char** end) { return iin::detail::read_decimal(text, end); }
float strtof(const char* text, char** end) {
  return static_cast<float>(iin::detail::read_decimal(text, end));
}
long double strtold(const char* text, char** end) { return iin::detail::read_decimal(text, end); }

int snprintf(char* out, std::size_t size, const char* format, ...) {
  va_list arguments;
  va_start(arguments, format);
  const int length = iin::detail::write_hex(out, size, format, arguments);
  va_end(arguments);
  return length;
}

}  // extern "C"
