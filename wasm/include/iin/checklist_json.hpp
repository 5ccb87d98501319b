#pragma once
// The checklist API as JavaScript sees it: one request in as JSON text, the whole situation out as
// JSON text. The shapes are documented in web/iin-checker.d.ts and web/README.md.

#include <string>
#include <string_view>
#include <vector>

#include "iin/checklist.hpp"
#include "iin/mission.hpp"

namespace iin {

struct Request {
  Answers answers;
  Holdings holdings;
};

// What situation() is asked: the answers (channel, category, today (required), applyOn, birthDate,
// representative, lang, have, expiries, holdsIin, one key per question of the ruleset), the
// edition a link was made with (`since`).
struct SituationRequest {
  Request request;
  std::string since;
  // The answers left out, as JSON objects separated by commas: { key, value (the value given when
  // it was a string, else null), code, path ("answers.<key>"), message, title? (the document or
  // question it names, when the rules or their change log know it) }.
  std::string refused;
};
// Only a text that is no JSON object, or has no real `today`, fails.
Result<SituationRequest> read_situation_request(const Ruleset& rules, std::string_view json);

// The whole case, with the mission profile in use (nullptr for none): { today, applyOn, refused,
// choices, checklist, verdict, mission, changes }. checklist, verdict and changes are null until a
// channel (and its category) is chosen; changes also without `since`.
std::string situation_json(const Ruleset& rules, SituationRequest request, const MissionProfile* mission);

// The channels and categories to choose from on the day of applying, with their statuses, the
// routes that are history, and every source. With a mission profile (nullptr for none), its word
// on accepting applications decides its channel's status, and its extra categories are choices.
struct ChoicesRequest {
  Language language = Language::en;
  CivilDate day;  // of applying
};
std::string choices_json(const Ruleset& rules, const ChoicesRequest& request, const MissionProfile* mission);

}  // namespace iin
