#pragma once
// The parts situation_json() composes for one situation, each written as JSON: the checklist, the
// verdict on the documents held, and what changed since an earlier edition of the rules.

#include <string>

#include "checklist/situation.hpp"

namespace iin::detail {

// The documents and conditions: who may submit, the term, notes, refusal grounds, history, sources.
std::string checklist_json(const Situation& s);
// Whether a package would be accepted, and when the IIN would be ready (and would be, if complete).
std::string assessment_json(const Situation& s, const Holdings& holdings);
// What changed since the edition `version` (wasm/rules/README.md, "The change log"): documents
// added and removed, the route's status, who may submit and the term then and now, and what else
// the log says. An edition the log does not list is taken as the rules' own.
std::string changes_json(const Situation& s, const std::string& version);

}  // namespace iin::detail
