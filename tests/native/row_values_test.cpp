#include "iin/row_values.hpp"

#include <gtest/gtest.h>

namespace iin {
namespace {

TEST(RowValues, DatesAsFilesWriteThem) {
  const CivilDate born{1990, 11, 23};
  for (const char* cell : {"23.11.1990", "23/11/1990", "23-11-1990", "1990-11-23", "1990.11.23",
                           " 23.11.1990 ", "23.11.1990 0:00:00", "1990-11-23T00:00:00"}) {
    EXPECT_EQ(parse_cell_date(cell, false), born) << cell;
  }
  EXPECT_EQ(parse_cell_date("1.2.2003", false), (CivilDate{2003, 2, 1}));
  // With '/', the month may come first (US Excel): a day only one reading gives, or none.
  EXPECT_EQ(parse_cell_date("11/23/1990", false), born);
  EXPECT_EQ(parse_cell_date("5/5/1990", false), (CivilDate{1990, 5, 5}));
  EXPECT_FALSE(parse_cell_date("03/05/1990", false));
  EXPECT_EQ(parse_cell_date("03.05.1990", false), (CivilDate{1990, 5, 3}));
  EXPECT_EQ(parse_cell_date("33200", true), born);  // Excel's serial day number
  EXPECT_EQ(parse_cell_date("61", true), (CivilDate{1900, 3, 1}));
  EXPECT_EQ(parse_cell_date("59", true), (CivilDate{1900, 2, 28}));
  for (const char* cell : {"33200", "31.02.1990", "1990-13-01", "", "23.11.90", "x", "60"}) {
    EXPECT_FALSE(parse_cell_date(cell, cell == std::string("60"))) << cell;
  }
}

TEST(RowValues, SexesInThreeLanguages) {
  for (const char* cell : {"М", "м", "M", "муж", "Мужской", "Е", "ер", "Еркек", "male", "м."}) {
    EXPECT_EQ(parse_cell_sex(cell), Gender::male) << cell;
  }
  for (const char* cell : {"Ж", "ж", "F", "жен.", "ЖЕНСКИЙ", "Ә", "әйел", "Әйел", "female"}) {
    EXPECT_EQ(parse_cell_sex(cell), Gender::female) << cell;
  }
  EXPECT_FALSE(parse_cell_sex("Бухгалтер"));
  EXPECT_FALSE(parse_cell_sex(""));
}

TEST(RowValues, ColumnNames) {
  EXPECT_TRUE(names_birth_date("Дата рождения"));
  EXPECT_TRUE(names_birth_date("ТУҒАН КҮНІ"));
  EXPECT_TRUE(names_birth_date("Date of birth:"));
  EXPECT_TRUE(names_birth_date("DOB"));
  EXPECT_FALSE(names_birth_date("Дата приёма"));
  EXPECT_TRUE(names_sex("Пол"));
  EXPECT_TRUE(names_sex("Жынысы"));
  EXPECT_FALSE(names_sex("Полное имя"));
  EXPECT_TRUE(names_number("ИИН"));
  EXPECT_TRUE(names_number("жсн"));
  EXPECT_TRUE(names_number("IIN"));
  EXPECT_FALSE(names_number("abc"));
}

}  // namespace
}  // namespace iin
