#pragma once
// The ruleset applied to one applicant on the day they apply: what they answered and hold, the
// status of a route, and the working days a term counts. The checklist, the verdict and the
// choices themselves are written as JSON (checklist_json.hpp), which is all JavaScript sees.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "iin/civil_date.hpp"
#include "iin/ruleset.hpp"

namespace iin {

struct MissionProfile;  // iin/mission.hpp

struct Answers {
  std::string channel;
  std::string category;  // empty when the channel has no categories
  std::optional<CivilDate> birth_date;
  CivilDate today;
  std::optional<CivilDate> apply_on;  // the day of applying; default: today
  bool representative = false;        // someone else applies for the applicant
  Language language = Language::en;
  std::vector<std::pair<std::string, std::string>> replies;  // question id → the option chosen

  CivilDate applying() const { return apply_on.value_or(today); }
  std::string_view reply(std::string_view question) const;  // "" while unanswered
};

struct Holdings {
  std::vector<std::string> have;                            // document ids
  std::vector<std::pair<std::string, CivilDate>> expiries;  // a document is valid through its date
  bool holds_iin = false;  // the applicant already holds an IIN (JavaScript checks the number they give)
};

// --- statuses ---------------------------------------------------------------------------------

// Better to worse. not_accepting comes only from a mission profile: the mission said it does not
// accept applications now.
enum class StatusCode : std::uint8_t { in_force, unconfirmed, not_yet, not_accepting, ended };
const char* name(StatusCode code);

struct Status {
  StatusCode code = StatusCode::in_force;
  std::optional<CivilDate> since, until;
  Phrase phrase = Phrase::status_in_force;  // the sentence that says it
  const JsonValue* rule = nullptr;          // the channel or category whose dates it rests on
  std::optional<CivilDate> read;            // the newest day its sources were read
  const JsonValue* note = nullptr;          // the rule's statusNote, for a status other than in_force
  const MissionProfile* mission = nullptr;  // set when the mission's own word decided the status
};

// A channel's or category's own status on `day`.
Status status_of(const Ruleset& rules, const JsonValue& rule, const CivilDate& day);
// What an applicant is told first: the worse of a category's status and its channel's. With a
// mission profile for the channel whose word is current, the mission decides instead: a route the
// national sources cannot confirm is in force when the mission says it accepts applications, and
// a route in force or unconfirmed is not_accepting when it says it does not. A route that has not
// begun or has ended stays so.
Status status_of(const Ruleset& rules, const JsonValue& channel, const JsonValue* category,
                 const CivilDate& day, const MissionProfile* mission);

// --- working days -----------------------------------------------------------------------------

struct WorkingDays {
  CivilDate ready_by;
  CivilDate counted_from;                     // the day of applying, or the next day the office opens
  bool closed = false;                        // the office was closed on the day of applying,
  const JsonValue* closed_day_off = nullptr;  // for this day off or mission's closed day (else the weekend,
  bool closed_weekday = false;                // or a weekday the mission receives nobody)
  std::vector<const JsonValue*> skipped;      // days off (and mission's closed days) passed over
  // Days that may be days off (a holiday not yet announced): counted as days off, so `ready_by` is
  // the later day; `ready_by_if_working` is the day the count gives should they be working days.
  std::vector<const JsonValue*> unsettled;
  std::optional<CivilDate> ready_by_if_working;
  std::vector<const JsonValue*> not_days_off;     // announced days off that are working days after all
  Confidence confidence = Confidence::published;  // the least sure of the days looked at,
  int confidence_year = 0;                        // and its year
};

// Where the application is handed in: whether the channel opens on days off, and the mission
// profile in use for it, if any.
struct Office {
  bool opens_on_days_off = false;
  const MissionProfile* mission = nullptr;
};

bool is_working_day(const Ruleset& rules, const CivilDate& day);
// `days` working days after `apply_on`, which is not counted. When the office is closed on
// `apply_on` (a day off where it does not open on days off; a mission's closed day, or a weekday
// its profile does not open on), the count starts from the next day it opens instead. A mission's
// closed days are no working days either.
WorkingDays count_working_days(const Ruleset& rules, const CivilDate& apply_on, int days,
                               const Office& office);

}  // namespace iin
