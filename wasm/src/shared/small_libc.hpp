#pragma once
// Two C library functions, smaller than the C library's, that the checklist module links in place
// of them (wasm/bindings/checklist_libc.cpp). They live here, apart from that file, so that the
// native tests and a fuzzer (tests/fuzz/small_libc_fuzz.cpp) run the very code the module runs and
// hold it against the C library's.
//
// The module's only callers are in nlohmann/json's parser: strtod for a number with a fraction or
// an exponent, and snprintf("<U+%.4X>") to name a control character in an error message. The
// library's versions bring printf's engine and 128-bit soft floating point into the module, about
// 15 KB of its 45 KB budget.

#include <cstdarg>
#include <cstddef>

namespace iin::detail {

// strtod for a number written as JSON writes it: [-]digits[.digits][(e|E)[+|-]digits]. Within a
// few units in the last place of the C library's (the module only ever reports such a value as
// "a number"); the same where it ends.
double read_decimal(const char* text, char** end);

// vsnprintf for formats whose only conversions are %X and %.<n>X (at least n digits), each taking
// an unsigned int: all nlohmann/json asks. Any other conversion stops the program, loudly.
int write_hex(char* out, std::size_t size, const char* format, va_list arguments);

}  // namespace iin::detail
