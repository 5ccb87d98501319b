// The number module's binding (wasm/bindings/number.cpp), compiled natively under ASan and UBSan:
// its C functions called as web/lib/core-calls.js calls them, the answers read from the wire as
// JavaScript reads them. (Natively the wire's addresses do not fit its 32-bit words: those are not read.)
#include <gtest/gtest.h>

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>

#include "wire.hpp"

extern "C" {
char* iin_input(std::size_t bytes);
std::size_t iin_output_size();
const char* iin_set_options(bool strict, std::size_t expect_bytes, std::size_t birth_date_bytes,
                            std::size_t gender_bytes, std::size_t today_bytes);
void iin_check(std::size_t bytes);
const char* iin_layout();
}

namespace {

using Json = nlohmann::json;
using binding::session;

std::size_t put(const std::string& text) { return text.copy(iin_input(text.size()), text.size()); }

Json answer(const char* out) { return out ? Json::parse(std::string(out, iin_output_size())) : Json(); }

TEST(NumberBinding, PublishesItsLayout) {
  const Json layout = answer(iin_layout());
  EXPECT_EQ(layout["wordCount"].get<std::size_t>(), sizeof(binding::Wire) / 4);
  EXPECT_EQ(layout["words"]["valid"].get<std::size_t>(), offsetof(binding::Wire, valid) / 4);
  EXPECT_EQ(layout["issue"]["words"], 4);
  EXPECT_EQ(layout["text"]["length"], 1);
  EXPECT_EQ(layout["codes"][0], "ok");
  EXPECT_EQ(layout["version"], IIN_VERSION);
}

TEST(NumberBinding, ChecksNumbersIntoTheWire) {
  iin_check(put("9011 2330 0258"));
  EXPECT_EQ(session.wire.valid, 1);
  EXPECT_EQ(session.wire.error_count, 0);
  for (const char* text : {"", "901123300257", "12345678901234567890", "\xD0\x81\xFF"}) {
    iin_check(put(text));
    EXPECT_EQ(session.wire.valid, 0) << text;
    EXPECT_GT(session.wire.error_count, 0) << text;
  }
}

TEST(NumberBinding, RefusesOptionsItCannotRead) {
  const Json refused = answer(iin_set_options(false, put("cat"), 0, 0, 0));
  EXPECT_EQ(refused["error"]["code"], "invalid_value");
  EXPECT_EQ(refused["error"]["path"], "options.expect");
  const Json bad_day = answer(iin_set_options(false, 0, 0, 0, put("2026-02-30")));
  EXPECT_EQ(bad_day["error"]["path"], "options.today");
  EXPECT_TRUE(answer(iin_set_options(true, put(""), 0, 0, 0)).is_null());
}

TEST(NumberBinding, JudgesOnTheDayItIsGiven) {
  // 901123300258 was born on 1990-11-23: in the future of a day in 1990 before it.
  EXPECT_TRUE(answer(iin_set_options(false, 0, 0, 0, put("1990-01-01"))).is_null());
  iin_check(put("901123300258"));
  EXPECT_EQ(session.wire.valid, 1);
  EXPECT_EQ(session.wire.warning_count, 1);
  EXPECT_TRUE(answer(iin_set_options(false, 0, 0, 0, put("2026-12-07"))).is_null());
  iin_check(put("901123300258"));
  EXPECT_EQ(session.wire.warning_count, 0);
}

}  // namespace
