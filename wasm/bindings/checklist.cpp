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

// Loads a host's ruleset, or the built-in one when `json` is empty. Returns an error, or "".
std::string load_rules(const std::string& json) {
  iin::RulesetLoad loaded = iin::load_ruleset(json.empty() ? iin::builtin_ruleset_json() : json);
  if (!loaded.ruleset) return loaded.error;
  loaded_rules = std::move(loaded.ruleset);
  return {};
}

std::string categories(const std::string& language) {
  const auto parsed = iin::parse_language(language);
  if (!parsed) return iin::error_json("lang must be 'en', 'ru' or 'kk', not '" + language + "'");
  return iin::categories_json(*loaded_rules, *parsed);
}

std::string checklist(const std::string& answers_json) {
  const iin::Request request = iin::read_request(answers_json);
  if (!request.error.empty()) return iin::error_json(request.error);
  auto outcome = iin::make_checklist(*loaded_rules, request.answers);
  return outcome.value ? iin::checklist_json(*outcome.value) : iin::error_json(outcome.error);
}

std::string assess(const std::string& answers_json) {
  const iin::Request request = iin::read_request(answers_json);
  if (!request.error.empty()) return iin::error_json(request.error);
  auto outcome = iin::assess(*loaded_rules, request.answers, request.holdings);
  return outcome.value ? iin::assessment_json(*outcome.value) : iin::error_json(outcome.error);
}
}  // namespace

EMSCRIPTEN_BINDINGS(iin_checklist) {
  emscripten::function("loadRules", &load_rules);
  emscripten::function("categories", &categories);
  emscripten::function("checklist", &checklist);
  emscripten::function("assess", &assess);
}
