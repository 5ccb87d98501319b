#include "iin/records.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace iin {
namespace {

struct Read {
  std::string text;
  std::uint32_t lines;
  bool plain;
  bool truncated;
  friend bool operator==(const Read& a, const Read& b) {
    return a.text == b.text && a.lines == b.lines && a.plain == b.plain && a.truncated == b.truncated;
  }
};
std::ostream& operator<<(std::ostream& out, const Read& r) {
  return out << '{' << testing::PrintToString(r.text) << ',' << r.lines << ',' << r.plain << ','
             << r.truncated << '}';
}

// The records of `input`, fed in parts of `part` bytes (0: all at once).
std::vector<Read> records(std::string_view input, std::size_t part = 0, char separator = ',',
                          std::size_t max = kMaxRecordBytes) {
  RecordReader reader(separator, max);
  std::vector<Read> out;
  const auto drain = [&] {
    for (Record r; reader.next(r);) out.push_back({std::string(r.text), r.lines, r.plain, r.truncated});
  };
  if (part == 0) part = input.size() + 1;
  for (std::size_t at = 0; at < input.size(); at += part) {
    EXPECT_TRUE(reader.feed(input.substr(at, part)));
    drain();
  }
  reader.finish();
  drain();
  return out;
}

using Reads = std::vector<Read>;

TEST(Records, LineEndsOutsideQuotesEndRecords) {
  EXPECT_EQ(records("a,1\r\nb,2\nc,3\rd,4"), (Reads{{"a,1", 1, false, false},
                                                    {"b,2", 1, false, false},
                                                    {"c,3", 1, false, false},
                                                    {"d,4", 1, false, false}}));
  EXPECT_EQ(records("a\n\nb\n"),
            (Reads{{"a", 1, false, false}, {"", 1, false, false}, {"b", 1, false, false}}));
  EXPECT_TRUE(records("").empty());
}

TEST(Records, QuotedLineBreaksSeparatorsAndDoubledQuotesStayInTheirField) {
  const std::string text = "\"Abenov\nTimur\",901123300258\r\n\"a,\"\"b\"\"\r\nc\",x\n";
  const Reads expected{{"\"Abenov\nTimur\",901123300258", 2, false, false},
                       {"\"a,\"\"b\"\"\r\nc\",x", 2, false, false}};
  EXPECT_EQ(records(text), expected);
  RecordReader reader(',');
  ASSERT_TRUE(reader.feed(text));
  reader.finish();
  Record first;
  ASSERT_TRUE(reader.next(first));
  EXPECT_EQ(split_fields(first, ','), (std::vector<std::string>{"Abenov\nTimur", "901123300258"}));
  Record second;
  ASSERT_TRUE(reader.next(second));
  EXPECT_EQ(split_fields(second, ','), (std::vector<std::string>{"a,\"b\"\r\nc", "x"}));
  EXPECT_EQ(reader.lines(), 4u);
}

TEST(Records, AnyPartSizeGivesTheSameRecords) {
  const std::string text =
      "\xEF\xBB\xBF№;ФИО;ИИН\r\n1;\"Абенов\r\nТимур\";\"901123300258\"\r\n2;\"x\"\"y\";\r\n3;\"unclosed;1\n4;"
      "ok\r";
  const Reads whole = records(text, 0, ';');
  for (std::size_t part = 1; part <= text.size(); ++part) EXPECT_EQ(records(text, part, ';'), whole) << part;
}

TEST(Records, AQuoteNeverClosedIsAPlainCharacter) {
  EXPECT_EQ(records("\"a,b\nc,d\n"), (Reads{{"\"a,b", 1, true, false}, {"c,d", 1, false, false}}));
  // Not closed within the record's limit: the same, even though it closes later.
  EXPECT_EQ(records("\"abcdef\n\"\nx", 0, ',', 4),
            (Reads{{"\"abc", 1, true, true}, {"\"", 1, true, false}, {"x", 1, false, false}}));
}

TEST(Records, ALongRecordKeepsItsBeginning) {
  EXPECT_EQ(records("abcdefgh\nxy\n", 0, ',', 4), (Reads{{"abcd", 1, false, true}, {"xy", 1, false, false}}));
  EXPECT_EQ(records("abcdefgh\nxy\n", 3, ',', 4), (Reads{{"abcd", 1, false, true}, {"xy", 1, false, false}}));
}

TEST(Records, FieldsAfterAClosingQuoteAreKept) {
  Record r;
  r.text = "\"a\"b,\"c\"\"\"";
  EXPECT_EQ(split_fields(r, ','), (std::vector<std::string>{"ab", "c\""}));
  bool present = true;
  EXPECT_EQ(field_value(r, ',', 2, &present), "");
  EXPECT_FALSE(present);
}

TEST(Records, ScanGivesTheSpansOfChosenColumns) {
  const std::string text = "1;\"Abenov; T\";901123300258;x\n";
  const int columns[] = {2, 1, 7};
  FieldSpan spans[3];
  const RecordScan scan =
      scan_record(text.data(), 0, text.size(), true, ';', kMaxRecordBytes, columns, 3, spans);
  EXPECT_EQ(scan.next, text.size());
  EXPECT_EQ(field_value(scan.record.text, spans[0]), "901123300258");
  EXPECT_EQ(field_value(scan.record.text, spans[1]), "Abenov; T");
  EXPECT_FALSE(spans[2].present);
}

}  // namespace
}  // namespace iin
