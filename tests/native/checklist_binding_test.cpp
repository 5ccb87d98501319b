// The checklist module's binding (wasm/bindings/checklist.cpp), compiled natively under ASan and
// UBSan: its C functions called as web/lib/checklist-core.js calls them, the text written into the
// buffer iin_input() gives, the answer read as iin_output_size() bytes.
#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

namespace iin {
// The module is built with the shipped file's hash; here no file is trusted, so every one is
// validated in full.
std::uint64_t builtin_ruleset_hash() { return 0; }
}  // namespace iin

extern "C" {
char* iin_input(std::size_t size);
std::size_t iin_output_size();
const char* iin_load_rules();
const char* iin_load_profile(int today);
const char* iin_situation();
const char* iin_error_codes();
}

namespace {

using Json = nlohmann::json;

template <typename Function, typename... Numbers>
Json call(Function function, const std::string& text, Numbers... numbers) {
  text.copy(iin_input(text.size()), text.size());
  const char* out = function(numbers...);
  return Json::parse(std::string(out, iin_output_size()));
}

std::string fixture() {
  std::ifstream file(IIN_FIXTURES_DIR "/ruleset.json", std::ios::binary);
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

TEST(ChecklistBinding, AnswersBeforeAnyRulesWithAnError) {
  const Json out = call(iin_situation, R"({"channel": "psc", "today": "2026-12-07"})");
  EXPECT_EQ(out["error"]["code"], "not_loaded");
  EXPECT_EQ(call(iin_load_profile, "{}", 20261207)["error"]["code"], "not_loaded");
}

TEST(ChecklistBinding, LoadsRulesThenAnswersAChecklist) {
  const Json loaded = call(iin_load_rules, fixture());
  ASSERT_FALSE(loaded.contains("error")) << loaded.dump();
  EXPECT_EQ(loaded["builtIn"], false);
  const Json whole = call(iin_situation, R"({"channel": "psc", "today": "2026-12-07"})");
  EXPECT_EQ(whole["checklist"]["channel"]["id"], "psc") << whole.dump().substr(0, 200);
  // An answer it cannot use is left out and named; the rest is answered.
  const Json refused = call(iin_situation, R"({"channel": "psc", "today": "2026-12-07", "applyOn": 1.5})");
  ASSERT_EQ(refused["refused"].size(), 1U) << refused.dump().substr(0, 200);
  EXPECT_EQ(refused["refused"][0]["code"], "wrong_type");
  EXPECT_EQ(refused["refused"][0]["path"], "answers.applyOn");
  EXPECT_EQ(refused["applyOn"], "2026-12-07");
  EXPECT_EQ(call(iin_situation, R"({"channel": "psc"})")["error"]["path"], "answers.today");
}

TEST(ChecklistBinding, AProfileIsReadOnTheDayItIsGiven) {
  ASSERT_FALSE(call(iin_load_rules, fixture()).contains("error"));
  const std::string profile =
      R"({"schema": 1, "name": {"en": "E", "ru": "Е", "kk": "Е"}, "address": "1 Street",)"
      R"( "hours": {"en": "9 to 12", "ru": "9–12", "kk": "9–12"}, "phone": "+1 202 555 0143",)"
      R"( "accepting": true, "confirmed": "2026-12-01"})";
  const Json read = call(iin_load_profile, profile, 20261207);
  ASSERT_FALSE(read.contains("error")) << read.dump();
  EXPECT_EQ(read["confirmed"], "2026-12-01");
  // Read on 30 November, its confirmation is still to come: refused.
  const Json early = call(iin_load_profile, profile, 20261130);
  EXPECT_EQ(early["error"]["code"], "date_order");
  EXPECT_EQ(early["error"]["path"], "/confirmed");
}

TEST(ChecklistBinding, RefusedRulesAreAnErrorAndTheOldOnesStay) {
  const Json refused = call(iin_load_rules, "{\"schema\": \"\x01\"}");
  EXPECT_EQ(refused["error"]["code"], "not_json");
  EXPECT_NE(refused["error"]["message"].get<std::string>().find("<U+0001>"), std::string::npos);
  EXPECT_TRUE(call(iin_error_codes, "").is_array());
}

}  // namespace
