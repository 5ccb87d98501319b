// Check many's binding (wasm/bindings/many.cpp, in iin-many-core.wasm beside number.cpp), compiled
// natively under ASan and UBSan: its C functions called as web/lib/many-checker.js calls them, the
// answers read from the wire as JavaScript reads them. (Natively the wire's addresses do not fit
// its 32-bit words: those are not read.)
#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>

#include "iin/batch.hpp"
#include "wire.hpp"

extern "C" {
char* iin_input(std::size_t bytes);
std::size_t iin_output_size();
const char* iin_set_options(bool strict, std::size_t expect_bytes, std::size_t birth_date_bytes,
                            std::size_t gender_bytes, std::size_t today_bytes);
const char* iin_check_lines(std::size_t bytes, int batch_mode, int separator, int column, bool header,
                            int birth_date_column, int sex_column);
void iin_batch_begin(int separator, int column, bool header, int birth_date_column, int sex_column);
char* iin_batch_space(std::size_t bytes);
const char* iin_batch_commit(std::size_t bytes);
const char* iin_batch_finish();
void iin_check_row(std::size_t bytes, bool plain, int separator, int column, int birth_date_column,
                   int sex_column);
void iin_detect_layout(std::size_t bytes, int separator, bool complete);
}

namespace {

using Json = nlohmann::json;
using binding::session;
using iin::RowOutcome;

std::size_t put(const std::string& text) { return text.copy(iin_input(text.size()), text.size()); }

Json answer(const char* out) { return out ? Json::parse(std::string(out, iin_output_size())) : Json(); }

int rows(RowOutcome outcome) { return session.wire.lines_rows[static_cast<int>(outcome)]; }

// A staff list: a name with a quoted line break, a birth date the IIN disagrees with, a number
// Excel took the leading 0 of, a blank record, a typo.
const std::string kStaff =
    "ФИО;ИИН;Дата рождения\n"
    "\"Абенов\nТимур\";901123300258;23.11.1990\n"
    "Бекова;851207400556;01.01.1985\n"
    "Иванова;30322636224;22.03.2003\n"
    "\n"
    "Ким;911210317131;18.12.1991\n";

void expect_staff_summary() {
  EXPECT_EQ(session.wire.lines_total, 4);
  EXPECT_EQ(session.wire.lines_valid, 2);
  EXPECT_EQ(session.wire.lines_invalid, 2);
  EXPECT_EQ(session.wire.lines_blank, 1);
  EXPECT_EQ(rows(RowOutcome::birth_date_mismatch), 1);
  EXPECT_EQ(rows(RowOutcome::leading_zero_lost), 1);
  EXPECT_EQ(rows(RowOutcome::sex_mismatch), 0);
  EXPECT_EQ(session.wire.line_count, 5);
  EXPECT_EQ(session.wire.irregular_count, 1);  // the name with a line break
  EXPECT_EQ(session.wire.header_lines, 1);
}

TEST(ManyBinding, FindsTheLayout) {
  iin_detect_layout(put(kStaff), -1, true);
  EXPECT_EQ(session.wire.found_separator, ';');
  EXPECT_EQ(session.wire.found_column, 1);
  EXPECT_EQ(session.wire.found_header, 1);
  EXPECT_EQ(session.wire.found_columns, 3);
  EXPECT_EQ(session.wire.found_birth_date_column, 2);
  EXPECT_EQ(session.wire.found_sex_column, iin::kNoColumn);
}

TEST(ManyBinding, ChecksAWholeText) {
  EXPECT_TRUE(answer(iin_check_lines(put(kStaff), 0, ';', 1, true, 2, iin::kNoColumn)).is_null());
  expect_staff_summary();
}

TEST(ManyBinding, ChecksATextInPartsAsWhole) {
  for (std::size_t part : {1, 7, 64}) {
    iin_batch_begin(';', 1, true, 2, iin::kNoColumn);
    for (std::size_t at = 0; at < kStaff.size(); at += part) {
      const std::size_t bytes = std::min(part, kStaff.size() - at);
      std::memcpy(iin_batch_space(bytes), kStaff.data() + at, bytes);
      EXPECT_TRUE(answer(iin_batch_commit(bytes)).is_null());
    }
    EXPECT_TRUE(answer(iin_batch_finish()).is_null());
    expect_staff_summary();
  }
}

TEST(ManyBinding, ReadsAQuoteNeverClosedPlain) {
  const std::string text = "iin\n\"901123300258\n851207400556\n";
  EXPECT_TRUE(answer(iin_check_lines(put(text), 0, ',', 0, true, iin::kNoColumn, iin::kNoColumn)).is_null());
  EXPECT_EQ(session.wire.lines_total, 2);
  EXPECT_EQ(session.wire.lines_valid, 1);
  EXPECT_EQ(session.wire.irregular_count, 1);
}

TEST(ManyBinding, ChecksOneRowInFull) {
  iin_check_row(put("Бекова;851207400556;01.01.1985"), false, ';', 1, 2, iin::kNoColumn);
  EXPECT_EQ(session.wire.valid, 1);
  EXPECT_EQ(session.wire.row_code, iin::row_code(RowOutcome::birth_date_mismatch));
  EXPECT_EQ(session.wire.row_sex, -1);
  EXPECT_EQ(session.wire.row_neighbours, 0);

  // A typo: several valid numbers one slip away, one of them born on the row's date; none is the answer.
  iin_check_row(put("Ким;911210317131;18.12.1991"), false, ';', 1, 2, iin::kNoColumn);
  EXPECT_EQ(session.wire.valid, 0);
  EXPECT_GT(session.wire.row_neighbours, 1);
  EXPECT_EQ(session.wire.row_agreeing, 1);
  EXPECT_GT(session.wire.row_only_agreeing.length, 0);
}

TEST(ManyBinding, ChecksAListOnTheDayItIsGiven) {
  // Set by number.cpp's call, in the same module: a list of people born after 1990-01-01 is
  // checked as of that day, every valid number warned of, none refused.
  EXPECT_TRUE(answer(iin_set_options(false, 0, 0, 0, put("1990-01-01"))).is_null());
  EXPECT_TRUE(answer(iin_check_lines(put("901123300258\n851207400556\n"), 0, 0, 0, false, -1, -1)).is_null());
  EXPECT_EQ(session.wire.lines_valid, 2);
  iin_check_row(put("901123300258"), false, 0, 0, iin::kNoColumn, iin::kNoColumn);
  EXPECT_EQ(session.wire.warning_count, 1);
  EXPECT_TRUE(answer(iin_set_options(false, 0, 0, 0, put("2026-12-07"))).is_null());
  iin_check_row(put("901123300258"), false, 0, 0, iin::kNoColumn, iin::kNoColumn);
  EXPECT_EQ(session.wire.warning_count, 0);
}

}  // namespace
