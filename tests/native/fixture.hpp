#pragma once
// The rulesets the native tests use: the small fixture (tests/fixtures/ruleset.json), which
// exercises every construct of the format, and the shipped one (wasm/rules/ruleset.json); and a
// way to ask the engine its three questions and read its JSON answers.

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "iin/checklist_json.hpp"
#include "iin/mission.hpp"
#include "iin/ruleset.hpp"

namespace iin::testing {

using Json = nlohmann::ordered_json;

inline std::string read_file(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  EXPECT_TRUE(file) << path;
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

inline const std::string& fixture_text() {
  static const std::string kText = read_file(IIN_FIXTURES_DIR "/ruleset.json");
  return kText;
}
inline const std::string& shipped_text() {
  static const std::string kText = read_file(IIN_RULES_FILE);
  return kText;
}
inline Json fixture_json() { return Json::parse(fixture_text()); }

inline const Ruleset& fixture() {
  static const Ruleset kRules = [] {
    Result<Ruleset> loaded = load_ruleset(fixture_text());
    EXPECT_TRUE(loaded) << (loaded ? "" : loaded.error().describe());
    return loaded ? std::move(*loaded) : Ruleset();
  }();
  return kRules;
}
inline const Ruleset& shipped() {
  static const Ruleset kRules = [] {
    Result<Ruleset> loaded = load_ruleset(shipped_text());
    EXPECT_TRUE(loaded) << (loaded ? "" : loaded.error().describe());
    return loaded ? std::move(*loaded) : Ruleset();
  }();
  return kRules;
}

// The engine's answer as JSON, or {"error": {code, path, message}}.
inline Json answer(const Result<std::string>& result) {
  return Json::parse(result ? *result : error_json(result.error()));
}
// The whole situation for `answers`, with a mission profile or none.
inline Json situation(const Ruleset& rules, const Json& answers, const MissionProfile* mission = nullptr) {
  const Result<SituationRequest> request = read_situation_request(rules, answers.dump());
  if (!request) return answer(request.error());
  return Json::parse(situation_json(rules, *request, mission));
}
// One part of the situation, or {"error": the first answer left out} as the JavaScript API throws
// it (a document held that the checklist does not ask for counts for nothing).
inline Json part(const Ruleset& rules, const Json& answers, const char* key,
                 const MissionProfile* mission = nullptr) {
  const Json whole = situation(rules, answers, mission);
  if (whole.contains("error")) return whole;
  for (const Json& refused : whole["refused"]) {
    if (refused["path"] != "answers.have") return Json{{"error", refused}};
  }
  return whole[key];
}
inline Json checklist(const Ruleset& rules, const Json& answers, const MissionProfile* mission = nullptr) {
  if (answers.is_object() && !answers.contains("channel"))
    return Json{{"error", {{"code", "missing_key"}, {"path", "answers.channel"}}}};
  return part(rules, answers, "checklist", mission);
}
inline Json assess(const Ruleset& rules, const Json& answers, const MissionProfile* mission = nullptr) {
  if (answers.is_object() && !answers.contains("channel"))
    return Json{{"error", {{"code", "missing_key"}, {"path", "answers.channel"}}}};
  return part(rules, answers, "verdict", mission);
}
inline Json choices(const Ruleset& rules, const Json& request, const MissionProfile* mission = nullptr) {
  return part(rules, request, "choices", mission);
}

// The ids of a list of objects, e.g. ids(list["items"]).
inline std::vector<std::string> ids(const Json& list, const char* key = "id") {
  std::vector<std::string> out;
  for (const Json& entry : list) out.push_back(entry[key].get<std::string>());
  return out;
}

}  // namespace iin::testing
