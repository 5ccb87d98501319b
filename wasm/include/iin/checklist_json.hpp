#pragma once
// The checklist API's JSON: answers in (as JavaScript passes them), results out.

#include <string>
#include <string_view>

#include "iin/checklist.hpp"

namespace iin {

struct Request {
  Answers answers;
  Holdings holdings;
  std::string error;  // names the answer that is wrong, e.g. "answers.birthDate must be ..."
};

// Keys: channel, category, birthDate, today (required), representative, lang, have, expiries,
// applyOn, iin. Unknown keys are refused.
Request read_request(std::string_view json);

std::string categories_json(const Ruleset& rules, Language language);
std::string checklist_json(const Checklist& checklist);
std::string assessment_json(const Assessment& assessment);
std::string error_json(const std::string& message);

}  // namespace iin
