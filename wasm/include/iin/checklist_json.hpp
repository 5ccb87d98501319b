#pragma once
// The checklist API's JSON: answers in (as JavaScript passes them), results out.

#include <string>
#include <string_view>

#include "iin/checklist.hpp"

namespace iin {

struct Request {
  Answers answers;
  Holdings holdings;
};

// Keys: channel, category, birthDate, today (required), representative, lang, have, expiries,
// applyOn, iin. Unknown keys are refused; the error's path names the answer, e.g. "answers.birthDate".
Result<Request> read_request(std::string_view json);

std::string categories_json(const Ruleset& rules, Language language);
std::string checklist_json(const Checklist& checklist);
std::string assessment_json(const Assessment& assessment);
// {"error":{"code","path","message"}}: what JavaScript turns into an exception (web/lib/errors.js).
std::string error_json(const Error& error);

}  // namespace iin
