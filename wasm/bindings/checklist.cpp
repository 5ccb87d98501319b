// The checklist engine's only contact with JavaScript: answers come in and results go out as JSON
// (one call per answer, so bytes matter more than speed); no logic of its own.

#include <emscripten/bind.h>

#include <optional>
#include <string>

#include "iin/checklist.hpp"
#include "iin/checklist_json.hpp"
#include "iin/ruleset.hpp"

namespace {
std::optional<iin::Ruleset> loaded_rules;

// Loads a host's ruleset, or the built-in one when `json` is empty. Returns "" or an error's JSON.
std::string load_rules(const std::string& json) {
  iin::Result<iin::Ruleset> loaded = iin::load_ruleset(json.empty() ? iin::builtin_ruleset_json() : json);
  if (!loaded) return iin::error_json(loaded.error());
  loaded_rules = std::move(*loaded);
  return {};
}

std::string categories(const std::string& language) {
  const auto parsed = iin::parse_language(language);
  if (!parsed) {
    return iin::error_json({iin::ErrorCode::invalid_value, "lang", "must be 'en', 'ru' or 'kk', not '" + language + "'"});
  }
  return iin::categories_json(*loaded_rules, *parsed);
}

template <typename Answer, typename Make, typename Write>
std::string answer(const std::string& answers_json, Make make, Write write) {
  const iin::Result<iin::Request> request = iin::read_request(answers_json);
  if (!request) return iin::error_json(request.error());
  const iin::Result<Answer> outcome = make(*request);
  return outcome ? write(*outcome) : iin::error_json(outcome.error());
}

std::string checklist(const std::string& answers_json) {
  return answer<iin::Checklist>(
      answers_json, [](const iin::Request& r) { return iin::make_checklist(*loaded_rules, r.answers); },
      iin::checklist_json);
}

std::string assess(const std::string& answers_json) {
  return answer<iin::Assessment>(
      answers_json, [](const iin::Request& r) { return iin::assess(*loaded_rules, r.answers, r.holdings); },
      iin::assessment_json);
}
}  // namespace

EMSCRIPTEN_BINDINGS(iin_checklist) {
  emscripten::function("loadRules", &load_rules);
  emscripten::function("categories", &categories);
  emscripten::function("checklist", &checklist);
  emscripten::function("assess", &assess);
}
