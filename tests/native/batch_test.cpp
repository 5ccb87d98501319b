#include "iin/batch.hpp"

#include <gtest/gtest.h>

#include <string>

namespace iin {
namespace {

struct Lines {
  BatchSummary summary;
  std::vector<std::uint8_t> codes;
};

Lines run(std::string_view text, BatchMode mode = BatchMode::text, const CheckOptions& options = {}) {
  Lines r;
  r.summary = check_lines(text, mode, options, r.codes);
  return r;
}

constexpr auto ok = static_cast<std::uint8_t>(Code::ok);
std::uint8_t code(Code c) { return static_cast<std::uint8_t>(c); }

TEST(Batch, CountsAndPerLineCodes) {
  const Lines r = run("901123300258\n901123300257\n\n90112330025\r\n940140000385");
  EXPECT_EQ(r.summary.total, 4u);
  EXPECT_EQ(r.summary.valid, 2u);
  EXPECT_EQ(r.summary.invalid, 2u);
  EXPECT_EQ(r.summary.blank, 1u);
  EXPECT_EQ(r.codes, (std::vector<std::uint8_t>{ok, code(Code::checksum_mismatch), kBlankLine,
                                                code(Code::too_short), ok}));
}

TEST(Batch, TrailingNewlineIsNotALineInTextMode) {
  EXPECT_EQ(run("901123300258\n").codes.size(), 1u);
  EXPECT_EQ(run("").codes.size(), 0u);
  EXPECT_EQ(run("901123300258\n", BatchMode::items).codes.size(), 2u);
  EXPECT_EQ(run("", BatchMode::items).codes, (std::vector<std::uint8_t>{code(Code::empty)}));
}

TEST(Batch, TextModeTakesTheFirstCsvField) {
  const Lines r = run("\"901123300258\",Aigerim\n901 123 300 258;x\n940140000385\tACME\nIIN,name");
  EXPECT_EQ(r.codes, (std::vector<std::uint8_t>{ok, ok, ok, code(Code::invalid_character)}));
  EXPECT_EQ(check_line("\"901123300258\",Aigerim", BatchMode::text, {}).normalized, "901123300258");
  EXPECT_EQ(check_line("901123300258,x", BatchMode::items, {}).errors.front().code, Code::invalid_character);
}

TEST(Batch, CarriageReturnsAndOddShapesTakeTheFullPath) {
  const Lines r = run("901123300258\r\n901123300258\r\n 901123300258\n9011233002581\n\u00e9");
  EXPECT_EQ(r.codes,
            (std::vector<std::uint8_t>{ok, ok, ok, code(Code::too_long), code(Code::invalid_character)}));
  EXPECT_EQ(run("901123300258\r").codes, (std::vector<std::uint8_t>{ok}));
}

TEST(Batch, QuickPathAgreesWithCheckUnderEveryOption) {
  CheckOptions strict;
  strict.strict = true;
  strict.expect = Kind::bin;
  const Lines r = run("901123300258\n123456789013\n940140000385", BatchMode::text, strict);
  EXPECT_EQ(r.codes, (std::vector<std::uint8_t>{code(Code::kind_mismatch),
                                                code(Code::invalid_registration_month), ok}));
}

}  // namespace
}  // namespace iin
