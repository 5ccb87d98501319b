// libFuzzer target: rulesets and answers, as raw bytes or spliced into known-good JSON, through
// load_ruleset, read_situation_request, the engine's answers (and what changed since each edition of the
// change log) and their JSON.
//
// The first byte picks what the rest is (its low three bits) and, for a ruleset that loads, which
// day and language to ask about (the other five):
//   0: a whole ruleset                 1: bytes spliced into the fixture ruleset
//   2: a whole request (answers)       3: bytes spliced into a sample request
//   4: bytes spliced into the fixture, loaded as if trusted (not validated): the engine must read
//      any tree without crashing, whatever the data says
//   5: a whole choices request ({lang, today, applyOn})
//   6: a whole changes request ({version, answers}), against the fixture
// A splice reads three bytes first: where to cut (two bytes, as a fraction of the text) and how many
// bytes to cut (one byte); the remaining input is inserted there.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "iin/checklist_json.hpp"
#include "iin/ruleset.hpp"

namespace {

using Json = nlohmann::json;

void require(bool ok) {
  if (!ok) __builtin_trap();
}

const std::string& fixture_text() {
  static const std::string kText = [] {
    std::ifstream file(IIN_FIXTURE_FILE, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
  }();
  return kText;
}

const iin::Ruleset& fixture() {
  static const iin::Ruleset kRules = [] {
    iin::Result<iin::Ruleset> load = iin::load_ruleset(fixture_text());
    require(static_cast<bool>(load));
    return std::move(*load);
  }();
  return kRules;
}

constexpr std::string_view kRequest =
    R"({"channel":"consulate","category":"inheritance","birthDate":"1960-02-29","today":"2026-11-27",)"
    R"("representative":false,"lang":"ru","have":["application","passport","will"],"passportScript":"other",)"
    R"("expiries":{"passport":"2026-11-26"},"applyOn":"2026-11-28","holdsIin":true})";

// The engine's JSON, parsed: it must always be JSON. An error must say what, where and how.
Json parsed(const iin::Result<std::string>& answer) {
  const std::string text = answer ? *answer : iin::error_json(answer.error());
  require(Json::accept(text));
  Json json = Json::parse(text, nullptr, false);
  if (!answer) require(!answer.error().message.empty());
  return json;
}

std::string splice(std::string_view base, const std::uint8_t* data, std::size_t size) {
  if (size < 3) return std::string(base);
  const std::size_t at = static_cast<std::size_t>((data[0] << 8) | data[1]) * base.size() / 65536;
  const std::size_t cut = std::min<std::size_t>(data[2], base.size() - at);
  std::string out(base.substr(0, at));
  out.append(reinterpret_cast<const char*>(data + 3), size - 3);
  out.append(base.substr(at + cut));
  return out;
}

// What a verdict must say, whatever the rules: ready means nothing stands in the way, and a date
// comes only with a ready package.
void check_verdict(const Json& v) {
  if (v.contains("error")) return;
  const bool ready = v["ready"] == true;
  const bool clear =
      v["missing"].empty() && v["expired"].empty() && v["conditional"].empty() && v["grounds"].empty();
  require(!ready || clear);
  require(v["ready"].is_null() == (v["readiness"] == "unconfirmed"));
  if (!v["readyBy"].is_null()) {
    const std::string counted_from =
        v["closedOn"].is_object() ? v["closedOn"]["countedFrom"].get<std::string>() : "";
    require(ready && v["readyBy"].get<std::string>() > counted_from);
    require(v["calendar"].is_object());
  }
}

// The whole situation for any request: lenient (what it refuses is named) or strict.
Json situation(const iin::Ruleset& rules, std::string_view json) {
  const iin::Result<iin::SituationRequest> request = iin::read_situation_request(rules, json);
  if (!request) return parsed(request.error());
  Json whole = Json::parse(iin::situation_json(rules, *request, nullptr));
  require(whole["checklist"].is_null() == whole["verdict"].is_null());
  for (const Json& refused : whole["refused"]) require(!refused["message"].get<std::string>().empty());
  if (whole["verdict"].is_object()) check_verdict(whole["verdict"]);
  return whole;
}

// Every channel and category of a ruleset, asked about on one of a few days in one language.
void exercise(const iin::Ruleset& rules, unsigned pick) {
  static constexpr const char* kDays[] = {"2024-02-28", "2025-04-18", "2025-12-31", "2026-01-01",
                                          "2026-03-21", "2026-12-16", "2027-12-31", "2031-06-15"};
  const char* day = kDays[pick % 8];
  const char* lang = iin::kLanguages[(pick / 8) % 3];
  Json choices{{"today", day}, {"lang", lang}};
  require(situation(rules, choices.dump())["choices"].is_object());
  for (const iin::JsonValue& channel : rules.root.list("channels")) {
    std::vector<std::string> categories;
    for (const iin::JsonValue& c : channel.list("categories")) categories.push_back(c.text("id"));
    if (categories.empty()) categories.emplace_back();
    for (const std::string& category : categories) {
      Json answers{
          {"channel", channel.text("id")}, {"today", day}, {"lang", lang}, {"birthDate", "1960-02-29"}};
      if (!category.empty()) answers["category"] = category;
      Json everything = answers;
      everything["have"] = Json::array();
      for (const iin::JsonValue& d : rules.root.list("documents")) everything["have"].push_back(d.text("id"));
      for (const Json* a : {&answers, &everything}) {
        const Json whole = situation(rules, a->dump());
        if (whole.contains("error") || whole["checklist"].is_null()) continue;
        require(whole["checklist"]["eligible"] == whole["verdict"]["eligible"]);
        // What changed since each edition the log lists, and since the current one (nothing).
        Json since = *a;
        since["since"] = rules.version;
        // A spliced file taken as the shipped one may have lost its version: then there is no
        // edition to compare with.
        if (!rules.version.empty()) require(situation(rules, since.dump())["changes"]["changed"] == false);
        for (const iin::JsonValue& e : rules.root.list("changeLog")) {
          since["since"] = e.text("version");
          require(situation(rules, since.dump())["changes"].is_object());
        }
      }
    }
  }
}

void load(std::string_view json, unsigned pick, bool trusted) {
  const iin::Result<iin::Ruleset> load = iin::load_ruleset(json, trusted ? iin::fnv1a_hash(json) : 0);
  if (load) {
    require(load->built_in == trusted);
    exercise(*load, pick);
  } else {
    parsed(load.error());
  }
}

void answer(std::string_view json) { situation(fixture(), json); }

}  // namespace

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
  const unsigned pick = data[0] >> 3;
  switch (data[0] & 7) {
    case 0:
      load(rest, pick, false);
      break;
    case 1:
      load(splice(fixture_text(), data + 1, size - 1), pick, false);
      break;
    case 2:
      answer(rest);
      break;
    case 3:
      answer(splice(kRequest, data + 1, size - 1));
      break;
    case 4:
      load(splice(fixture_text(), data + 1, size - 1), pick, true);
      break;
    case 5:
    case 6:
      answer(rest);
      break;
    default:
      break;
  }
  return 0;
}
