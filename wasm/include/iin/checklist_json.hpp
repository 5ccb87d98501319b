#pragma once
// The checklist API as JavaScript sees it: requests in as JSON text, answers out as JSON text.
// The shapes are documented in web/iin-checker.d.ts and the README.

#include <string>
#include <string_view>

#include "iin/checklist.hpp"
#include "iin/mission.hpp"

namespace iin {

struct Request {
  Answers answers;
  Holdings holdings;
};

// Keys: channel, category, today (required), applyOn, birthDate, representative, lang, have,
// expiries, holdsIin, and one per question of the ruleset (its id; the value an option's id, or
// null).
// Unknown keys, unknown ids and impossible dates are refused; the error's path names the answer,
// e.g. "answers.birthDate".
Result<Request> read_request(const Ruleset& rules, std::string_view json);

// What categories() is asked: { lang, today (required), applyOn }.
struct ChoicesRequest {
  Language language = Language::en;
  CivilDate today;
  std::optional<CivilDate> apply_on;
};
Result<ChoicesRequest> read_choices_request(const Ruleset& rules, std::string_view json);

// What changesSince() is asked: the edition a link was made with, and the link's answers.
struct ChangesRequest {
  std::string version;
  Answers answers;
};
// { version, answers }: paths "version", "answers.x".
Result<ChangesRequest> read_changes_request(const Ruleset& rules, std::string_view json);
// Each takes the mission profile in use, if any (iin/mission.hpp): for its channel, its word on
// accepting applications decides the status, its extra categories are choices, and its closed
// days are no working days.

// The channels and categories to choose from on the day of applying, with their statuses, the
// routes that are history, and every source.
std::string choices_json(const Ruleset& rules, const ChoicesRequest& request,
                         const MissionProfile* mission = nullptr);
// The documents and conditions for one situation.
Result<std::string> checklist_json(const Ruleset& rules, const Answers& answers,
                                   const MissionProfile* mission = nullptr);
// Whether a package would be accepted, and when the IIN would be ready.
Result<std::string> assessment_json(const Ruleset& rules, const Request& request,
                                    const MissionProfile* mission = nullptr);
// What changed for one situation since an earlier edition of the rules (wasm/rules/README.md,
// "The change log"): documents added and removed, the route's status, who may submit and the term
// then and now, and what else the log says. An edition the rules do not know is `unknown_id`.
Result<std::string> changes_json(const Ruleset& rules, const ChangesRequest& request);

}  // namespace iin
