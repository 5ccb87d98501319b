#include "iin/batch.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace iin {
namespace {

struct Lines {
  BatchSummary summary;
  std::vector<std::uint8_t> codes;
};

Lines run(std::string_view text, BatchMode mode = BatchMode::text, const TextLayout& layout = {},
          const CheckOptions& options = {}) {
  LineCodes codes;
  const Result<BatchSummary> summary = check_lines(text, mode, layout, options, codes);
  EXPECT_TRUE(summary);
  return {summary ? *summary : BatchSummary{}, codes.to_vector()};
}

Lines run_detected(std::string_view text, const CheckOptions& options = {}) {
  return run(text, BatchMode::text, detect_layout(text).layout, options);
}

constexpr auto kOk = static_cast<std::uint8_t>(Code::ok);
std::uint8_t code(Code c) { return static_cast<std::uint8_t>(c); }
using Codes = std::vector<std::uint8_t>;

TEST(Batch, CountsAndPerLineCodes) {
  const Lines r = run("901123300258\n901123300257\n\n90112330025\r\n940140000385");
  EXPECT_EQ(r.summary.total, 4u);
  EXPECT_EQ(r.summary.valid, 2u);
  EXPECT_EQ(r.summary.invalid, 2u);
  EXPECT_EQ(r.summary.blank, 1u);
  EXPECT_EQ(r.codes, (Codes{kOk, code(Code::checksum_mismatch), kBlankLine, code(Code::too_short), kOk}));
}

TEST(Batch, AFinalLineEndStartsNoLineInTextMode) {
  EXPECT_EQ(run("901123300258\n").codes.size(), 1u);
  EXPECT_EQ(run("901123300258\r\n").codes.size(), 1u);
  EXPECT_EQ(run("901123300258\r").codes, (Codes{kOk}));
  EXPECT_EQ(run("").codes.size(), 0u);
  EXPECT_EQ(run("901123300258\n", BatchMode::items).codes.size(), 2u);
  EXPECT_EQ(run("", BatchMode::items).codes, (Codes{code(Code::empty)}));
}

TEST(Batch, EveryLineEndStyle) {
  for (const char* end : {"\n", "\r\n", "\r"}) {
    const std::string text =
        std::string("901123300258") + end + "901123300257" + end + end + "940140000385" + end;
    EXPECT_EQ(run(text).codes, (Codes{kOk, code(Code::checksum_mismatch), kBlankLine, kOk})) << end;
  }
}

TEST(Batch, AByteOrderMarkIsNotPartOfTheFirstLine) {
  EXPECT_EQ(run("\xEF\xBB\xBF"
                "901123300258\n940140000385")
                .codes,
            (Codes{kOk, kOk}));
  EXPECT_EQ(run_detected("\xEF\xBB\xBF"
                         "name,iin\r\nA,901123300258\r\n")
                .codes,
            (Codes{kOk}));
}

TEST(Batch, ColumnsHeadersAndQuotes) {
  const std::string text =
      "name,iin\r\n\"Doe, John\",901123300258\r\n\"Ann "
      "\"\"A\"\"\",\"940140000385\"\r\nB,\r\nC\r\nD,9011x\r\n";
  const DetectedLayout found = detect_layout(text);
  EXPECT_EQ(found.layout.separator, ',');
  EXPECT_EQ(found.layout.column, 1);
  EXPECT_TRUE(found.layout.header);
  EXPECT_EQ(found.columns, 2);
  const Lines r = run(text, BatchMode::text, found.layout);
  EXPECT_EQ(r.codes, (Codes{kOk, kOk, kBlankLine, kBlankLine, code(Code::invalid_character)}));
  EXPECT_EQ(r.summary.blank, 2u);
  EXPECT_EQ(field_of("\"Ann \"\"A\"\"\",x", {',', 0, false}), "Ann \"A\"");
  EXPECT_EQ(check_line("\"Doe, John\",901123300258", BatchMode::text, found.layout, {}).normalized,
            "901123300258");
}

TEST(Batch, SeparatorsAreFoundOnMostLines) {
  EXPECT_EQ(detect_layout("a;b;1 234,56\nc;901123300258;0,5\n").layout.separator, ';');
  EXPECT_EQ(detect_layout("a\t901123300258\nb\t940140000385").layout.separator, '\t');
  EXPECT_EQ(detect_layout("901123300258\n940140000385\n\"9401\",x").layout.separator, 0);
  EXPECT_EQ(detect_layout("x;901123300258", ',').layout.separator, ',');
}

TEST(Batch, AHeaderNeedsADigitFreeNameAndNumbersBelow) {
  EXPECT_TRUE(detect_layout("IIN\n901123300258").layout.header);
  EXPECT_FALSE(detect_layout("9011x\n901123300258").layout.header);
  EXPECT_FALSE(detect_layout("abc\ndef").layout.header);
  EXPECT_FALSE(detect_layout("901123300258\n940140000385").layout.header);
}

TEST(Batch, CarriageReturnsAndOddShapesTakeTheFullPath) {
  const Lines r = run("901123300258\r\n901123300258\r\n 901123300258\n9011233002581\n\u00e9");
  EXPECT_EQ(r.codes, (Codes{kOk, kOk, kOk, code(Code::too_long), code(Code::invalid_character)}));
}

TEST(Batch, QuickPathAgreesWithCheckUnderEveryOption) {
  CheckOptions strict;
  strict.strict = true;
  strict.expect = Kind::bin;
  const Lines r = run("901123300258\n123456789013\n940140000385", BatchMode::text, {}, strict);
  EXPECT_EQ(r.codes, (Codes{code(Code::kind_mismatch), code(Code::invalid_registration_month), kOk}));
  const Lines columns =
      run("A;901123300258\nB;123456789013\nC;940140000385", BatchMode::text, {';', 1, false}, strict);
  EXPECT_EQ(columns.codes, r.codes);
}

TEST(Batch, ItemsAreCheckedExactlyAsCheckWould) {
  EXPECT_EQ(run("901123300258,x\n901123300258\r", BatchMode::items).codes,
            (Codes{code(Code::invalid_character), kOk}));
}

}  // namespace
}  // namespace iin
