#include "iin/civil_date.hpp"

#include <gtest/gtest.h>

namespace iin {
namespace {

TEST(CivilDate, LeapYears) {
  EXPECT_TRUE(is_leap_year(2000));
  EXPECT_FALSE(is_leap_year(1900));
  EXPECT_FALSE(is_leap_year(1800));
  EXPECT_TRUE(is_leap_year(2024));
  EXPECT_FALSE(is_leap_year(2026));
  EXPECT_EQ(days_in_month(2000, 2), 29);
  EXPECT_EQ(days_in_month(1900, 2), 28);
  EXPECT_EQ(days_in_month(2026, 13), 0);
}

TEST(CivilDate, ParsesOnlyRealIsoDates) {
  EXPECT_EQ(parse_iso_date("2024-02-29"), (CivilDate{2024, 2, 29}));
  for (const char* bad : {"2023-02-29", "2024-13-01", "2024-00-10", "2024-1-01", "24-01-01", "2024/01/01",
                          "2024-01-01 ", "", "0999-01-01", "２０２４-01-01"}) {
    EXPECT_FALSE(parse_iso_date(bad)) << bad;
  }
  EXPECT_EQ(format_iso_date({1875, 3, 2}), "1875-03-02");
}

TEST(CivilDate, DayArithmeticAndWeekdays) {
  EXPECT_EQ(days_from_civil({1970, 1, 1}), 0);
  EXPECT_EQ(civil_from_days(days_from_civil({2026, 11, 25})), (CivilDate{2026, 11, 25}));
  EXPECT_EQ(weekday({2026, 11, 25}), 2);  // a Wednesday
  EXPECT_EQ(weekday({2024, 12, 29}), 6);  // a Sunday
  EXPECT_EQ(add_days({2024, 2, 28}, 1), (CivilDate{2024, 2, 29}));
  EXPECT_EQ(add_days({2023, 12, 31}, 1), (CivilDate{2024, 1, 1}));
  EXPECT_EQ(add_days({1900, 3, 1}, -1), (CivilDate{1900, 2, 28}));
}

TEST(CivilDate, AnniversaryOfTwentyNinthFebruaryIsFirstMarchInCommonYears) {
  EXPECT_EQ(anniversary({2008, 2, 29}, 16), (CivilDate{2024, 2, 29}));
  EXPECT_EQ(anniversary({2009, 2, 28}, 16), (CivilDate{2025, 2, 28}));
  EXPECT_EQ(anniversary({2008, 2, 29}, 17), (CivilDate{2025, 3, 1}));
  EXPECT_EQ(anniversary({1960, 7, 1}, 65), (CivilDate{2025, 7, 1}));
}

}  // namespace
}  // namespace iin
