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

TEST(Batch, QuotedLineBreaksKeepOneRecordAndAreReported) {
  const std::string text = "name,iin\r\n\"Abenov\nTimur\",901123300258\r\n\"x\",940140000385\r\n";
  LineCodes codes;
  std::vector<IrregularRecord> irregular;
  const auto summary = check_lines(text, BatchMode::text, detect_layout(text).layout, {}, codes, &irregular);
  ASSERT_TRUE(summary);
  EXPECT_EQ(codes.to_vector(), (Codes{kOk, kOk}));
  ASSERT_EQ(irregular.size(), 1u);
  EXPECT_EQ(irregular[0].index, 0u);
  EXPECT_EQ(irregular[0].lines, 2u);
}

TEST(Batch, LeadingZerosLostInExcelAreNamed) {
  const Lines r = run("30322636224\n0322636224\n30322636225\n901123300258");
  EXPECT_EQ(r.codes, (Codes{row_code(RowOutcome::leading_zero_lost), code(Code::too_short),
                            code(Code::too_short), kOk}));
  EXPECT_EQ(r.summary.invalid, 3u);
  EXPECT_EQ(r.summary.rows[static_cast<int>(RowOutcome::leading_zero_lost)], 1u);
  Record record;
  record.text = "A;30322636224";
  EXPECT_EQ(check_row(record, {';', 1, false}, {}).restored, "030322636224");
}

TEST(Batch, BirthDatesAndSexesInTheRowAreComparedWithTheNumber) {
  const std::string text =
      "ФИО;ИИН;Дата рождения;Пол\n"
      "A;901123300258;23.11.1990;М\n"   // agrees
      "B;901123300258;24.11.1990;М\n"   // another birth date
      "C;901123300258;1990-11-23;Ж\n"   // another sex
      "D;901123300258;;\n"              // nothing to compare
      "E;123456789013;23.11.1990;М\n"   // valid, encodes no date
      "F;901123300257;23.11.1990;М\n";  // not valid: not compared
  const DetectedLayout found = detect_layout(text);
  EXPECT_EQ(found.layout.column, 1);
  EXPECT_EQ(found.layout.birth_date_column, 2);
  EXPECT_EQ(found.layout.sex_column, 3);
  const Lines r = run(text, BatchMode::text, found.layout);
  EXPECT_EQ(r.codes,
            (Codes{kOk, row_code(RowOutcome::birth_date_mismatch), row_code(RowOutcome::sex_mismatch), kOk,
                   row_code(RowOutcome::not_comparable), code(Code::checksum_mismatch)}));
  EXPECT_EQ(r.summary.valid, 5u);
  EXPECT_EQ(r.summary.invalid, 1u);
  TextLayout off = found.layout;
  off.birth_date_column = off.sex_column = kNoColumn;
  EXPECT_EQ(run(text, BatchMode::text, off).summary.valid, 5u);
  EXPECT_EQ(run(text, BatchMode::text, off).codes[1], kOk);
}

TEST(Batch, BirthDateColumnsAreFoundByTheirValuesToo) {
  const std::string text = "901123300258,07.01.2015,23.11.1990,M\n851207400556,01.02.2016,07.12.1985,F\n";
  const DetectedLayout found = detect_layout(text);
  EXPECT_EQ(found.layout.birth_date_column, 2);  // the hire date in column 1 never agrees
  EXPECT_EQ(found.layout.sex_column, 3);
}

TEST(Batch, HeadersOfAnyWidthAndNamesWithDigits) {
  std::string text;
  for (int c = 0; c < 1000; ++c) text += (c ? ",c" : "c") + std::to_string(c);
  text += "\n";
  for (int r = 0; r < 3; ++r) {
    for (int c = 0; c < 1000; ++c) text += (c ? "," : "") + std::string(c == 700 ? "901123300258" : "x");
    text += "\n";
  }
  const DetectedLayout found = detect_layout(text);
  EXPECT_TRUE(found.layout.header);
  EXPECT_EQ(found.layout.column, 700);
  EXPECT_EQ(found.columns, 1000);
  // A bare list's first line is a header only when it names the column.
  EXPECT_FALSE(detect_layout("x12\n901123300258").layout.header);
  EXPECT_TRUE(detect_layout("ИИН\n901123300258").layout.header);
}

TEST(Batch, ReadInPartsGivesWhatTheWholeTextGives) {
  const std::string text =
      "\xEF\xBB\xBF№;ФИО;ИИН;Дата рождения\r\n1;\"Абенов\r\nТимур\";\"901123300258\";23.11.1990\r\n"
      "2;\"x\"\"y\";30322636224;22.03.2003\r\n3;\"unclosed;901123300258\n4;ok;851207400556;01.01.1985\r";
  const TextLayout layout = detect_layout(text).layout;
  EXPECT_TRUE(layout.header);
  const Lines whole = run(text, BatchMode::text, layout);
  for (std::size_t part = 1; part <= text.size(); ++part) {
    LineCodes codes;
    BatchReader reader(layout, {}, codes);
    for (std::size_t at = 0; at < text.size(); at += part)
      ASSERT_FALSE(reader.feed(std::string_view(text).substr(at, part)));
    ASSERT_FALSE(reader.finish());
    EXPECT_EQ(codes.to_vector(), whole.codes) << part;
    EXPECT_EQ(reader.summary().valid, whole.summary.valid) << part;
    EXPECT_EQ(reader.header(), "№;ФИО;ИИН;Дата рождения");
  }
}

TEST(Batch, NeighboursAreCountedNeverGuessed) {
  const Neighbours none = neighbours("911210317131", std::nullopt, std::nullopt);
  EXPECT_GT(none.count, 1);
  EXPECT_TRUE(none.only_agreeing.empty());
  const Neighbours dated = neighbours("911210317131", CivilDate{1991, 12, 18}, std::nullopt);
  EXPECT_EQ(dated.agreeing, 1);
  EXPECT_EQ(dated.only_agreeing, "911218317131");
}

TEST(Batch, ItemsAreCheckedExactlyAsCheckWould) {
  EXPECT_EQ(run("901123300258,x\n901123300258\r", BatchMode::items).codes,
            (Codes{code(Code::invalid_character), kOk}));
}

}  // namespace
}  // namespace iin
