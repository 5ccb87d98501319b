// libFuzzer target: mission profiles, as raw bytes or spliced into a known-good profile, through
// load_mission_profile and then every answer the engine gives with the profile in use.
//
// The first byte picks what the rest is (its low bit) and which day and language to ask about
// (the other seven): 0: a whole profile; 1: bytes spliced into the sample profile (two bytes say
// where to cut, as a fraction of the text, one byte how many bytes to cut; the rest is inserted).
// The rules are the fixture's. Whatever the profile, the engine must answer with JSON, and a
// refusal must say what and where.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "iin/checklist_json.hpp"
#include "iin/mission.hpp"
#include "iin/ruleset.hpp"

namespace {

using Json = nlohmann::json;

void require(bool ok) {
  if (!ok) __builtin_trap();
}

const iin::Ruleset& fixture() {
  static const iin::Ruleset kRules = [] {
    std::ifstream file(IIN_FIXTURE_FILE, std::ios::binary);
    const std::string text{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    iin::Result<iin::Ruleset> load = iin::load_ruleset(text);
    require(static_cast<bool>(load));
    return std::move(*load);
  }();
  return kRules;
}

constexpr std::string_view kSample =
    R"({"schema":1,"channel":"consulate","name":{"en":"Example Embassy","ru":"Посольство","kk":"Елшілік"},)"
    R"("address":"1 Example Street","hours":{"en":"Mon-Thu","ru":"Пн-Чт","kk":"Дс-Бс"},)"
    R"("appointment":"https://example.org/book","phone":"+1 202 555 0143","accepting":true,)"
    R"("confirmed":"2026-11-20","closedDays":[{"date":"2026-12-02","name":{"en":"A","ru":"Б","kk":"В"}}],)"
    R"("extraCategories":[],"notes":{"en":"N","ru":"Н","kk":"Н"}})";

std::string splice(std::string_view base, const std::uint8_t* data, std::size_t size) {
  if (size < 3) return std::string(base);
  const std::size_t at = static_cast<std::size_t>((data[0] << 8) | data[1]) * base.size() / 65536;
  const std::size_t cut = std::min<std::size_t>(data[2], base.size() - at);
  std::string out(base.substr(0, at));
  out.append(reinterpret_cast<const char*>(data + 3), size - 3);
  out.append(base.substr(at + cut));
  return out;
}

void json(const std::string& text) { require(Json::accept(text)); }

// Every channel and category with the profile in use, on one of a few days, in one language.
void exercise(const iin::MissionProfile& mission, unsigned pick) {
  static constexpr const char* kDays[] = {"2025-01-06", "2026-01-01", "2026-12-01", "2026-12-02",
                                          "2027-12-25", "2027-12-26", "2031-06-15", "2026-11-20"};
  const char* day = kDays[pick % 8];
  const char* lang = iin::kLanguages[(pick / 8) % 3];
  const iin::Ruleset& rules = fixture();
  const iin::Language language = *iin::parse_language(lang);
  const std::string choices =
      iin::choices_json(rules, iin::ChoicesRequest{language, *iin::parse_iso_date(day)}, &mission);
  json(choices);
  json(iin::mission_json(rules, mission, language, *iin::parse_iso_date(day)));
  const Json offered = Json::parse(choices);
  for (const Json& channel : offered["channels"]) {
    std::vector<std::string> categories;
    for (const Json& c : channel["categories"]) categories.push_back(c["id"]);
    if (categories.empty()) categories.emplace_back();
    for (const std::string& category : categories) {
      Json answers{{"channel", channel["id"]}, {"today", day}, {"lang", lang}, {"birthDate", "1950-01-01"}};
      if (!category.empty()) answers["category"] = category;
      answers["have"] = Json::array();
      for (const iin::JsonValue& d : rules.root.list("documents")) answers["have"].push_back(d.text("id"));
      const auto request = iin::read_situation_request(rules, answers.dump());
      require(static_cast<bool>(request));
      const std::string whole = iin::situation_json(rules, *request, &mission);
      json(whole);
      const Json v = Json::parse(whole)["verdict"];
      if (v.is_null()) continue;
      require(v["ready"] != true || v["grounds"].empty());
      if (!v["readyBy"].is_null()) require(v["readyBy"].get<std::string>() > std::string(day));
    }
  }
}

}  // namespace

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string text = data[0] & 1 ? splice(kSample, data + 1, size - 1)
                                       : std::string(reinterpret_cast<const char*>(data + 1), size - 1);
  const iin::Result<iin::MissionProfile> mission =
      iin::load_mission_profile(fixture(), text, iin::CivilDate{2026, 12, 7});
  if (!mission) {
    json(iin::error_json(mission.error()));
    require(!mission.error().message.empty());
    return 0;
  }
  exercise(*mission, data[0] >> 1);
  return 0;
}
