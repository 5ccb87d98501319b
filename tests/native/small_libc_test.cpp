// The checklist module's strtod and snprintf (wasm/src/shared/small_libc.hpp) against the C
// library's: the same value within a few units in the last place, the same end, the same text.
#include "shared/small_libc.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

using iin::detail::read_decimal;

void expect_like_strtod(const char* text) {
  char* ours_end = nullptr;
  char* their_end = nullptr;
  const double ours = read_decimal(text, &ours_end);
  const double theirs = std::strtod(text, &their_end);
  EXPECT_EQ(ours_end - text, their_end - text) << text;
  if (std::isinf(theirs) || theirs == 0) {
    EXPECT_EQ(ours, theirs) << text;
  } else {
    EXPECT_LE(std::fabs(ours - theirs), std::fabs(theirs) * 1e-12)
        << text << ": " << ours << " vs " << theirs;
  }
}

TEST(SmallLibc, ReadsNumbersWithFractionsAndExponentsAsTheCLibraryDoes) {
  for (const char* text : {"0",
                           "-0",
                           "7",
                           "0.5",
                           "-0.25",
                           "3.14159",
                           "2.5e2",
                           "2.5E+2",
                           "-7e-5",
                           "1e308",
                           "1.7976931348623157e308",
                           "2.2250738585072014e-308",
                           "1e-300",
                           "123456789012345678901234567890",
                           "0.000000000000000000001234",
                           "1e400",
                           "-1e400",
                           "1e-400",
                           "12345678901234567890123456789e-20",
                           "30.5,",
                           "1.5]",
                           "9007199254740993"}) {
    expect_like_strtod(text);
  }
}

TEST(SmallLibc, ReadsAMantissaOfHundredsOfDigits) {
  const std::string long_one = "1" + std::string(400, '0') + "e-400";
  expect_like_strtod(long_one.c_str());
  const std::string long_fraction = "0." + std::string(350, '0') + "5e350";
  expect_like_strtod(long_fraction.c_str());
}

int hex(char* out, std::size_t size, const char* format, ...) {
  va_list arguments;
  va_start(arguments, format);
  const int length = iin::detail::write_hex(out, size, format, arguments);
  va_end(arguments);
  return length;
}

TEST(SmallLibc, NamesACharacterAsTheCLibraryDoes) {
  for (unsigned c : {0U, 1U, 0x1FU, 0x7FU, 0xABCU, 0xFFFFU, 0x10FFFFU, 0xFFFFFFFFU}) {
    char ours[16];
    char theirs[16];
    EXPECT_EQ(hex(ours, sizeof ours, "<U+%.4X>", c), std::snprintf(theirs, sizeof theirs, "<U+%.4X>", c));
    EXPECT_STREQ(ours, theirs);
    EXPECT_EQ(hex(ours, sizeof ours, "%X!", c), std::snprintf(theirs, sizeof theirs, "%X!", c));
    EXPECT_STREQ(ours, theirs);
  }
  char ours[5];
  char theirs[5];
  EXPECT_EQ(hex(ours, sizeof ours, "<U+%.4X>", 0x1FU),
            std::snprintf(theirs, sizeof theirs, "<U+%.4X>", 0x1FU));
  EXPECT_STREQ(ours, theirs);  // cut short, ended
}

TEST(SmallLibcDeathTest, StopsOnAnyOtherConversion) {
  char out[16];
  EXPECT_DEATH(hex(out, sizeof out, "%d", 1), "");
}

}  // namespace
