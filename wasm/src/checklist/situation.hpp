#pragma once
// One applicant's situation on the day of applying: the channel and category the answers chose,
// the conditions their answers settle, the items that apply, who is eligible, and which items the
// documents they hold meet.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checklist/words.hpp"
#include "iin/checklist.hpp"
#include "shared/json_writer.hpp"

namespace iin::detail {

enum class Truth : std::uint8_t { no, yes, unknown };
using Questions = std::vector<std::string_view>;  // ids of questions still unanswered

struct Selection {
  const JsonValue* channel = nullptr;
  const JsonValue* category = nullptr;
};
// The channel and category the answers name, or the answer that is wrong ("answers.category").
// With a mission profile, its channel takes the categories the mission accepts besides its own.
Result<Selection> select(const Ruleset& rules, const Answers& answers, const MissionProfile* mission);

// Adds an answer left out to `out` (SituationRequest::refused): `value` the one given, if a string;
// `titled` the document or question it names, if any.
void write_refusal(std::string& out, const Words& w, std::string_view key, const std::string* value,
                   const Error& error, const JsonValue* titled);

// Who may hand in the application: { code, text } (and `met`, when a representative is asked about).
const char* submission_code(std::string_view who);
Phrase submission_phrase(std::string_view who);
bool in_force(const JsonValue& rule, const CivilDate& day);  // by its validFrom and validTo
// The first of `list` in force on `day`, or nullptr.
const JsonValue* first_in_force(const std::vector<JsonValue>& list, const CivilDate& day);

class Situation {
 public:
  // `mission`: the mission profile in use, if any (it counts only for its own channel).
  Situation(const Ruleset& rules, const Answers& answers, const Selection& selection,
            const MissionProfile* mission);

  // Whether a condition holds; the unanswered questions it waits for are added to `open`.
  Truth holds(const JsonValue* condition, Questions* open = nullptr) const;
  // In force on the day (and so is its document), its condition may hold, and a group keeps a member.
  bool listed(const JsonValue& item) const;
  const JsonValue* document(const JsonValue& item) const;  // nullptr for a group
  const std::vector<JsonValue>& members(const JsonValue& item) const;
  // "Only if the answer to … is …", for the clauses still unanswered.
  std::string condition_text(const JsonValue& condition) const;
  // Whether the applicant is eligible; with `j`, the reasons too: an array of
  // { code, met (true, false, or null for a condition to confirm), text, date? }.
  bool eligibility(JsonWriter* j = nullptr) const;
  // The channel's items, then the category's.
  std::vector<const JsonValue*> items() const;
  // Whether the checklist lists `document`, or an item whose condition turns on `question`.
  bool mentions(std::string_view document, std::string_view question = {}) const;
  // A child a parent or legal representative applies for: by the category, or by the channel's
  // age for minors and the birth date given.
  bool represented() const;
  bool minor() const;

  const Ruleset& rules;
  const Answers& answers;
  const Words w;
  const CivilDate day;
  const JsonValue& channel;
  const JsonValue* const category;
  const MissionProfile* const mission;  // the profile, when the applicant goes to its channel
  const Status status;                  // the worse of the category's and the channel's
  const JsonValue* const term;          // the term in force, if any
};

// Which documents the applicant holds, and which of those have expired by the day of applying.
struct Holding {
  std::vector<std::string_view> have, expired;
  bool holds(std::string_view document, bool count_expired) const;
};

// Whether an item is met; `count_expired` takes expired documents as held, to tell "missing" from
// "held but expired". An item that is not listed is not required, nor is anything optional.
Truth met(const Situation& s, const Holding& h, const JsonValue& item, bool count_expired, Questions& open);
// The held, expired documents an item (or its members) asks for.
void expired_within(const Situation& s, const Holding& h, const JsonValue& item,
                    std::vector<std::string_view>& out);

}  // namespace iin::detail
