#include "iin/identifier.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace iin {
namespace {

Code first_error(const IdResult& r) { return r.errors.empty() ? Code::ok : r.errors.front().code; }
bool has_warning(const IdResult& r, Code code) {
  for (const Issue& w : r.warnings)
    if (w.code == code) return true;
  return false;
}

TEST(Check, PublishedIinsAreValidAndDecode) {
  const IdResult r = check("901123300258");
  EXPECT_TRUE(r.valid);
  EXPECT_EQ(r.kind, Kind::iin);
  ASSERT_TRUE(r.iin);
  EXPECT_EQ(format_iso_date(r.iin->birth_date), "1990-11-23");
  EXPECT_EQ(r.iin->gender, Gender::male);
  EXPECT_EQ(r.iin->century, 20);
  EXPECT_EQ(r.iin->serial, "0025");
  EXPECT_EQ(r.check_digit, 8);
  EXPECT_EQ(r.expected_check_digit, 8);
  EXPECT_TRUE(r.errors.empty());
  EXPECT_TRUE(r.warnings.empty());
  EXPECT_TRUE(r.suggestions.empty());
  EXPECT_TRUE(check("791028302728").valid);
}

TEST(Check, SecondWeightPassGivesTheCheckDigit) {
  // 0*1+6*2+1*3+2*4+1*5+1*6+6*7+0+0+0+1*11 = 87, 87 % 11 = 10: the second weights decide.
  const IdResult r = check("061211600012");
  EXPECT_TRUE(r.valid);
  EXPECT_EQ(r.expected_check_digit, 2);
  ASSERT_TRUE(r.iin);
  EXPECT_EQ(format_iso_date(r.iin->birth_date), "2006-12-11");
  EXPECT_EQ(r.iin->century, 21);
  EXPECT_TRUE(check("901123300004").valid);
  EXPECT_EQ(first_error(check("901123300005")), Code::checksum_mismatch);
}

TEST(Check, FirstWeightPassGivesTheCheckDigit) {
  const IdResult r = check("901123300257");
  EXPECT_EQ(first_error(r), Code::checksum_mismatch);
  EXPECT_EQ(r.check_digit, 7);
  EXPECT_EQ(r.expected_check_digit, 8);
  EXPECT_NE(r.errors.front().message.find('8'), std::string::npos);
}

TEST(Check, BothPassesGivingTenIsNeverIssued) {
  for (char last = '0'; last <= '9'; ++last) {
    const IdResult r = check(std::string("90112330003") + last);
    EXPECT_EQ(first_error(r), Code::unissuable_checksum) << last;
    EXPECT_EQ(r.check_digit, last - '0');
    EXPECT_FALSE(r.expected_check_digit);
    EXPECT_FALSE(r.valid);
  }
  EXPECT_FALSE(compute_check_digit("90112330003"));
  EXPECT_EQ(compute_check_digit("90112330025"), 8);
}

TEST(Check, EmptyInput) {
  for (const char* input : {"", "   ", " - . \t\r\n", "\u00a0\u2009\u202f"}) {
    const IdResult r = check(input);
    EXPECT_EQ(first_error(r), Code::empty) << input;
    EXPECT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.kind, Kind::unknown);
  }
}

TEST(Check, SeparatorsAreDropped) {
  for (const char* input : {"901 123 300 258", "901-123-300-258", "901.123.300.258", "\t901123300258\n",
                            "901\u00a0123\u2009300\u202f258", " 9 0 1 1 2 3 3 0 0 2 5 8 \r\n"}) {
    const IdResult r = check(input);
    EXPECT_TRUE(r.valid) << input;
    EXPECT_EQ(r.normalized, "901123300258");
  }
}

TEST(Check, InvalidCharacterPositionCountsCharactersNotBytes) {
  IdResult r = check("901x23300258");
  EXPECT_EQ(first_error(r), Code::invalid_character);
  EXPECT_EQ(r.errors.front().position, 3);
  EXPECT_NE(r.errors.front().message.find("\"x\" (U+0078)"), std::string::npos);
  r = check("\u00a0\u2009901123300258z");  // separators of 2 and 3 bytes before the digits
  EXPECT_EQ(r.errors.front().position, 14);
  r = check("\U0001F600 1");  // an emoji is one character of four bytes
  EXPECT_EQ(r.errors.front().position, 0);
  EXPECT_NE(r.errors.front().message.find("U+1F600"), std::string::npos);
  r = check("12\u041e");  // Cyrillic capital O
  EXPECT_EQ(r.errors.front().position, 2);
  EXPECT_NE(r.errors.front().message.find("Cyrillic letter O"), std::string::npos);
  EXPECT_EQ(r.errors.size(), 1u);
}

TEST(Check, ControlCharactersAndBrokenUtf8AreReportedNotEchoed) {
  IdResult r = check(std::string("9011\0 23300258", 14));
  EXPECT_EQ(first_error(r), Code::invalid_character);
  EXPECT_EQ(r.errors.front().position, 4);
  EXPECT_NE(r.errors.front().message.find("control character U+0000"), std::string::npos);
  r = check("90\xff\xfe");
  EXPECT_EQ(r.errors.front().position, 2);
  EXPECT_NE(r.errors.front().message.find("not valid UTF-8"), std::string::npos);
  r = check("1\xed\xa0\x80");  // an encoded surrogate is not UTF-8
  EXPECT_EQ(r.errors.front().position, 1);
  r = check("\xef\xbf\xbd");
  EXPECT_NE(r.errors.front().message.find("U+FFFD"), std::string::npos);
}

TEST(Check, LengthErrorsSayHowManyDigits) {
  IdResult r = check("90112330025");
  EXPECT_EQ(first_error(r), Code::too_short);
  EXPECT_NE(r.errors.front().message.find("Found 11 digits"), std::string::npos);
  r = check("1");
  EXPECT_NE(r.errors.front().message.find("Found 1 digit;"), std::string::npos);
  r = check("9011233002580");
  EXPECT_EQ(first_error(r), Code::too_long);
  EXPECT_NE(r.errors.front().message.find("Found 13 digits"), std::string::npos);
  EXPECT_FALSE(r.check_digit);
}

TEST(Check, InvalidCharacterComesBeforeLength) {
  EXPECT_EQ(first_error(check("12a")), Code::invalid_character);
}

TEST(Check, LeapYearsFollowTheGregorianRule) {
  EXPECT_EQ(check("000229500018").kind, Kind::iin);  // 2000-02-29: 2000 is a leap year
  EXPECT_EQ(format_iso_date(check("000229500018").iin->birth_date), "2000-02-29");
  EXPECT_EQ(check("960229400010").kind, Kind::iin);      // 1996
  EXPECT_EQ(check("000229300015").kind, Kind::unknown);  // 1900-02-29: 1900 is not
  EXPECT_EQ(check("000229100012").kind, Kind::unknown);  // 1800 is not either
  EXPECT_TRUE(check("000229300015").valid);              // lenient: the check digit is right
}

TEST(Check, CenturyAndGenderCodes) {
  struct Case {
    const char* number;
    int century;
    Gender gender;
    int year;
  } cases[] = {{"750312100019", 19, Gender::male, 1875},
               {"750312200015", 19, Gender::female, 1875},
               {"901123300258", 20, Gender::male, 1990},
               {"150615500016", 21, Gender::male, 2015},
               {"150615600012", 21, Gender::female, 2015}};
  for (const Case& c : cases) {
    const IdResult r = check(c.number);
    ASSERT_TRUE(r.iin) << c.number;
    EXPECT_EQ(r.iin->century, c.century);
    EXPECT_EQ(r.iin->gender, c.gender);
    EXPECT_EQ(r.iin->birth_date.year, c.year);
  }
}

TEST(Check, EveryBinEntityAndDivision) {
  const char* numbers[3][4] = {{"150140000121", "150141000127", "150142000122", "150143000128"},
                               {"150150000126", "150151000121", "150152000127", "150153000122"},
                               {"150160000120", "150161000126", "150162000121", "150163000127"}};
  for (int e = 0; e < 3; ++e) {
    for (int d = 0; d < 4; ++d) {
      const IdResult r = check(numbers[e][d]);
      EXPECT_TRUE(r.valid) << numbers[e][d];
      ASSERT_EQ(r.kind, Kind::bin);
      EXPECT_EQ(r.bin->entity, static_cast<Entity>(e));
      EXPECT_EQ(r.bin->division, static_cast<Division>(d));
      EXPECT_EQ(r.bin->year, 2015);
      EXPECT_EQ(r.bin->month, 1);
      EXPECT_EQ(r.bin->serial, "00012");
    }
  }
  EXPECT_STREQ(name(Entity::individual_entrepreneur), "individual_entrepreneur");
  EXPECT_STREQ(name(Division::farm), "farm");
}

TEST(Check, PublishedBinsAreValid) {
  for (const char* bin : {"940140000385", "990140004654", "990940003030"}) {
    const IdResult r = check(bin);
    EXPECT_TRUE(r.valid) << bin;
    EXPECT_EQ(r.kind, Kind::bin);
  }
  EXPECT_EQ(check("940140000385").bin->year, 1994);
}

TEST(Check, LenientByDefaultWithNoEncodedDataWarning) {
  for (const char* number : {"123456789013", "901172300255", "901123700253", "151340000012"}) {
    const IdResult r = check(number);
    EXPECT_TRUE(r.valid) << number;
    EXPECT_EQ(r.kind, Kind::unknown);
    EXPECT_TRUE(has_warning(r, Code::no_encoded_data)) << number;
    EXPECT_NE(r.warnings.front().message.find("2013"), std::string::npos);
  }
}

TEST(Check, StrictNamesTheBrokenLayoutRule) {
  CheckOptions strict;
  strict.strict = true;
  EXPECT_EQ(first_error(check("901123000259", strict)), Code::invalid_century_code);
  EXPECT_EQ(first_error(check("901123700253", strict)), Code::invalid_century_code);
  EXPECT_EQ(first_error(check("901323300255", strict)), Code::invalid_birth_date);
  EXPECT_EQ(first_error(check("000229300015", strict)), Code::invalid_birth_date);
  EXPECT_EQ(first_error(check("151340000012", strict)), Code::invalid_registration_month);
  EXPECT_EQ(first_error(check("150149000011", strict)), Code::invalid_division);
  EXPECT_EQ(first_error(check("901172300255", strict)), Code::invalid_entity_type);
  EXPECT_FALSE(check("901172300255", strict).valid);
  EXPECT_TRUE(check("901172300255", strict).warnings.empty());
  EXPECT_TRUE(check("901123300258", strict).valid);
  EXPECT_TRUE(check("940140000385", strict).valid);
}

TEST(Check, StrictWithExpectReadsTheExpectedLayout) {
  CheckOptions options;
  options.strict = true;
  options.expect = Kind::iin;
  const IdResult r = check("901172300255", options);  // digit 5 = 7: no day of the month
  EXPECT_EQ(first_error(r), Code::invalid_birth_date);
  options.expect = Kind::bin;
  EXPECT_EQ(first_error(check("901123700253", options)), Code::invalid_entity_type);
}

TEST(Check, KindMismatch) {
  CheckOptions options;
  options.expect = Kind::iin;
  IdResult r = check("940140000385", options);
  EXPECT_EQ(first_error(r), Code::kind_mismatch);
  EXPECT_NE(r.errors.front().message.find("BIN"), std::string::npos);
  EXPECT_TRUE(check("901123300258", options).valid);
  options.expect = Kind::bin;
  r = check("901123300258", options);
  EXPECT_EQ(first_error(r), Code::kind_mismatch);
  EXPECT_NE(r.errors.front().message.find("person"), std::string::npos);
  EXPECT_TRUE(check("123456789013", options).valid);  // fits neither: not "clearly" the other kind
}

TEST(Check, CrossCheckGivesWarningsNotErrors) {
  CheckOptions options;
  options.birth_date = CivilDate{1990, 11, 24};
  options.gender = Gender::female;
  const IdResult r = check("901123300258", options);
  EXPECT_TRUE(r.valid);
  ASSERT_EQ(r.warnings.size(), 2u);
  EXPECT_EQ(r.warnings[0].code, Code::birth_date_differs);
  EXPECT_NE(r.warnings[0].message.find("1990-11-23"), std::string::npos);
  EXPECT_NE(r.warnings[0].message.find("1990-11-24"), std::string::npos);
  EXPECT_EQ(r.warnings[1].code, Code::gender_differs);
  EXPECT_NE(r.warnings[1].message.find("male, not female"), std::string::npos);
  options.birth_date = CivilDate{1990, 11, 23};
  options.gender = Gender::male;
  EXPECT_TRUE(check("901123300258", options).warnings.empty());
}

TEST(Suggestions, OnlyForAWrongCheckDigit) {
  EXPECT_TRUE(check("901123300258").suggestions.empty());
  EXPECT_TRUE(check("90112330025").suggestions.empty());
  EXPECT_FALSE(check("90112330003"
                     "5")
                   .suggestions.empty());
}

TEST(Suggestions, AreValidAndOneSlipAway) {
  const std::string typed = "901123303258";
  const IdResult r = check(typed);
  ASSERT_FALSE(r.suggestions.empty());
  EXPECT_LE(r.suggestions.size(), 5u);
  for (const std::string& s : r.suggestions) {
    EXPECT_TRUE(check(s).valid) << s;
    int changed = 0;
    for (int i = 0; i < 12; ++i) changed += s[i] != typed[i];
    EXPECT_TRUE(changed == 1 || changed == 2) << s;
  }
}

TEST(Suggestions, TranspositionOfTheIntendedNumberComesFirst) {
  const IdResult r = check("901123302058");  // 901123300258 with digits 9 and 10 swapped
  ASSERT_FALSE(r.suggestions.empty());
  EXPECT_EQ(r.suggestions.front(), "901123300258");
}

TEST(Suggestions, ThoseAgreeingWithTheGivenPersonComeFirst) {
  CheckOptions options;
  options.birth_date = CivilDate{1990, 11, 23};
  options.gender = Gender::male;
  const IdResult r = check("901123300250", options);
  ASSERT_FALSE(r.suggestions.empty());
  const IdResult best = check(r.suggestions.front());
  ASSERT_TRUE(best.iin);
  EXPECT_EQ(format_iso_date(best.iin->birth_date), "1990-11-23");
  EXPECT_EQ(best.iin->gender, Gender::male);
}

TEST(Names, CodesHaveTheirApiNames) {
  EXPECT_STREQ(name(Code::unissuable_checksum), "unissuable_checksum");
  EXPECT_STREQ(name(Code::gender_differs), "gender_differs");
  EXPECT_STREQ(name(Code::born_in_future), "born_in_future");
  EXPECT_STREQ(name(Code::registered_in_future), "registered_in_future");
  EXPECT_STREQ(name(Division::farm), "farm");
  EXPECT_STREQ(name(Kind::unknown), "unknown");
  EXPECT_EQ(parse_kind("bin"), Kind::bin);
  EXPECT_FALSE(parse_kind("BIN"));
  EXPECT_EQ(parse_gender("female"), Gender::female);
  EXPECT_FALSE(parse_gender("f"));
}

TEST(Check, InputsLongerThanTheLimitAreTooLongUnread) {
  EXPECT_NE(check(std::string(4000, '7')).errors.front().message.find("Found 4000 digits"),
            std::string::npos);
  EXPECT_EQ(check(std::string(4000, 'a')).errors.front().position, 0);
  for (char c : {'7', 'a'}) {
    const IdResult r = check(std::string(1 << 20, c));
    EXPECT_EQ(first_error(r), Code::too_long);
    EXPECT_EQ(r.errors.front().message, too_long_input_message());
  }
  // Counted in bytes of UTF-8, as the JavaScript gate counts: 3000 Cyrillic letters are 6000 bytes.
  std::string cyrillic;
  for (int i = 0; i < 3000; ++i) cyrillic += "\u0417";
  EXPECT_EQ(first_error(check(cyrillic)), Code::too_long);
  EXPECT_EQ(check(cyrillic).errors.front().message,
            "The input is longer than 4096 bytes (in UTF-8): a number is read from at most that many.");
  EXPECT_EQ(first_error(check(cyrillic.substr(0, 4096))), Code::invalid_character);  // 2048 letters: read
}

// A number from the future: valid by its check digit, with a warning; strict refuses it. Pinned days.
TEST(Check, ABinRegisteredAfterTodayWarns) {
  CheckOptions options;
  options.today = CivilDate{2026, 12, 7};
  const IdResult r = check("490140000121", options);  // registered January 2049
  EXPECT_TRUE(r.valid);
  ASSERT_TRUE(r.bin);
  EXPECT_EQ(r.bin->year, 2049);
  ASSERT_EQ(r.warnings.size(), 1U);
  EXPECT_EQ(r.warnings.front().code, Code::registered_in_future);
  EXPECT_NE(r.warnings.front().message.find("2049-01, after this month (2026-12)"), std::string::npos);
  EXPECT_TRUE(check("490140000121").warnings.empty()) << "no today, no judgement";
  options.today = CivilDate{2049, 1, 1};  // the month of registration is not after it
  EXPECT_TRUE(check("490140000121", options).warnings.empty());
  options.today = CivilDate{2048, 12, 31};
  EXPECT_TRUE(has_warning(check("490140000121", options), Code::registered_in_future));
  options.strict = true;
  const IdResult strict = check("490140000121", options);
  EXPECT_FALSE(strict.valid);
  EXPECT_EQ(first_error(strict), Code::registered_in_future);
  EXPECT_TRUE(strict.warnings.empty());
}

TEST(Check, AnIinBornAfterTodayWarns) {
  CheckOptions options;
  options.today = CivilDate{2026, 12, 7};
  EXPECT_TRUE(check("261207500013", options).warnings.empty());  // born today
  const IdResult r = check("261208500019", options);             // born tomorrow
  EXPECT_TRUE(r.valid);
  ASSERT_EQ(r.warnings.size(), 1U);
  EXPECT_EQ(r.warnings.front().code, Code::born_in_future);
  EXPECT_NE(r.warnings.front().message.find("born 2026-12-08, after today (2026-12-07)"), std::string::npos);
  options.strict = true;
  EXPECT_EQ(first_error(check("300101500014", options)), Code::born_in_future);
  // A wrong check digit is the error: a date it seems to encode is not judged.
  EXPECT_EQ(check("300101500015", options).errors.size(), 1U);
}

TEST(Check, DirectionMarksHaveTheirOwnCode) {
  const IdResult r = check("901\u202E123300258");
  EXPECT_EQ(first_error(r), Code::bidi_control);
  EXPECT_EQ(r.errors.front().position, 3);
  EXPECT_EQ(r.errors.front().message.find("\u202E"), std::string::npos);  // named, never echoed
  EXPECT_NE(r.errors.front().message.find("U+202E"), std::string::npos);
}

// The table tests/js/outcomes.test.mjs reads too: C++ and JavaScript are held to the same answers.
TEST(Check, AnswersEveryCaseOfTheSharedOutcomeTable) {
  std::ifstream file(IIN_FIXTURES_DIR "/outcomes.json");
  ASSERT_TRUE(file) << IIN_FIXTURES_DIR "/outcomes.json";
  const nlohmann::json table = nlohmann::json::parse(file, nullptr, false);
  ASSERT_FALSE(table.is_discarded());
  int count = 0;
  for (const nlohmann::json& c : table.at("cases")) {
    std::string input;
    for (int i = 0; i < c.value("repeat", 1); ++i) input += c.at("input").get<std::string>();
    CheckOptions options;
    const nlohmann::json given = c.value("options", nlohmann::json::object());
    options.today = parse_iso_date(given.value("today", table.at("today").get<std::string>()));
    ASSERT_TRUE(options.today);
    options.strict = given.value("strict", false);
    if (given.contains("expect")) options.expect = parse_kind(given.at("expect").get<std::string>());
    if (given.contains("birthDate"))
      options.birth_date = parse_iso_date(given.at("birthDate").get<std::string>());
    if (given.contains("gender")) options.gender = parse_gender(given.at("gender").get<std::string>());
    const IdResult r = check(input, options);
    const auto codes = [](const std::vector<Issue>& issues) {
      std::vector<std::string> out;
      out.reserve(issues.size());
      for (const Issue& issue : issues) out.emplace_back(name(issue.code));
      return out;
    };
    const std::string label = c.at("input").get<std::string>();
    EXPECT_EQ(r.valid, c.at("valid").get<bool>()) << label;
    EXPECT_STREQ(name(r.kind), c.at("kind").get<std::string>().c_str()) << label;
    EXPECT_EQ(codes(r.errors), c.at("errors").get<std::vector<std::string>>()) << label;
    EXPECT_EQ(codes(r.warnings), c.at("warnings").get<std::vector<std::string>>()) << label;
    EXPECT_EQ(r.errors.empty() ? -1 : r.errors.front().position, c.value("position", -1)) << label;
    ++count;
  }
  EXPECT_GT(count, 20);
}

// is_valid() takes a short cut for twelve bare digits: it must answer as check() does, for
// every check digit of many prefixes and for every other shape of the outcome table.
TEST(IsValid, AgreesWithCheck) {
  std::uint32_t state = 12345;
  for (int n = 0; n < 20000; ++n) {
    std::string digits;
    for (int i = 0; i < kDigits; ++i) {
      state = state * 1103515245U + 12345U;
      digits += static_cast<char>('0' + (state >> 16) % 10);
    }
    ASSERT_EQ(is_valid(digits), check(digits).valid) << digits;
  }
  for (const char* input :
       {"901123300258", "061211600012", "901 123 300 258", "90112330025", "9011233002581", "", "9011x3300258",
        "90112330025\xFF", "\uFF1901123300258" /* a full-width 9 first */, "123456789013"}) {
    EXPECT_EQ(is_valid(input), check(input).valid) << input;
  }
}

// to_json() writes what the JavaScript check() returns: the same fields, in its order.
TEST(ToJson, HasTheFieldsOfTheJavaScriptResult) {
  EXPECT_EQ(
      to_json("901 123 300 258", check("901 123 300 258")),
      R"({"input":"901 123 300 258","normalized":"901123300258","valid":true,"kind":"iin","errors":[],)"
      R"("warnings":[],"checkDigit":8,"expectedCheckDigit":8,"iin":{"birthDate":"1990-11-23","gender":"male",)"
      R"("century":20,"serial":"0025"},"bin":null,"suggestions":[]})");
  EXPECT_EQ(to_json("940140000385", check("940140000385")),
            R"({"input":"940140000385","normalized":"940140000385","valid":true,"kind":"bin","errors":[],)"
            R"("warnings":[],"checkDigit":5,"expectedCheckDigit":5,"iin":null,"bin":{"registered":"1994-01",)"
            R"("entity":"resident","division":"head","serial":"00038"},"suggestions":[]})");
  const std::string bad = to_json("9011x\"\xFF", check("9011x\"\xFF"));
  EXPECT_NE(bad.find("\"input\":\"9011x\\\"\uFFFD\""), std::string::npos) << bad;  // a broken byte: U+FFFD
  EXPECT_NE(bad.find(R"("position":4)"), std::string::npos) << bad;
  EXPECT_NE(bad.find(R"("checkDigit":null)"), std::string::npos) << bad;
}

}  // namespace
}  // namespace iin
