#pragma once
// A mission profile: what one embassy or consulate says of itself that no national ruleset can
// (documented for hosts in the README, "Mission profiles"; its JSON Schema is profile.schema.json).
// Its name in three languages, address, opening hours, an appointment link or phone, whether it
// accepts applications now (and the day it said so), the local days it is closed, categories it
// accepts beyond the national rules' list for its channel, and notes.
//
// A profile is read against the ruleset in use (its channel and categories must be the rules'),
// so it is loaded after the rules and points into them: load it again with new rules.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "iin/civil_date.hpp"
#include "iin/error.hpp"
#include "iin/json.hpp"
#include "iin/ruleset.hpp"

namespace iin {

struct MissionProfile {
  MissionProfile() = default;
  MissionProfile(MissionProfile&&) = default;
  MissionProfile& operator=(MissionProfile&&) = default;
  MissionProfile(const MissionProfile&) = delete;
  MissionProfile& operator=(const MissionProfile&) = delete;

  JsonValue root;
  const JsonValue* channel = nullptr;  // the ruleset's channel the mission is part of
  bool accepting = false;
  CivilDate confirmed;             // the day the mission said whether it accepts applications
  std::uint8_t open_weekdays = 0;  // bit d: it receives applicants on ISO weekday d+1; 0: not said
  // Categories of other channels this mission accepts too, as the rules define them.
  std::vector<const JsonValue*> extra_categories;

  const JsonValue& name() const;  // { en, ru, kk }
  // The entry of `closedDays` for `day` ({ date, name }), or nullptr.
  const JsonValue* closed_on(const CivilDate& day) const;
  // Whether `entry` is one of the closed days (rather than a day off of the ruleset's calendar).
  bool is_closed_day(const JsonValue* entry) const;
  // Whether the mission's word on accepting applications still counts on `day`: it was given no
  // longer ago than the rules' reviewAfterDays, as a source must have been read.
  bool confirmation_current(const Ruleset& rules, const CivilDate& day) const;
  // A category of another channel that this mission accepts, by id; nullptr when none.
  const JsonValue* extra_category(std::string_view id) const;
};

// The profile, or the first problem in it, with the JSON Pointer where it is. Limits: 64 KB,
// nesting 8 deep, 100 closed days, 20 extra categories. A `confirmed` day after `today` is refused:
// nobody can have said it yet.
Result<MissionProfile> load_mission_profile(const Ruleset& rules, std::string_view json,
                                            const CivilDate& today);

// The profile as the applicant reads it, in their language, with the mission's channel's status on
// the day of applying: { channel, name, address, hours, appointment?, phone?, accepting, confirmed,
// status, closedDays: [{ date, name }] (from the day of applying on), extraCategories:
// [{ id, title }], notes? }.
std::string mission_json(const Ruleset& rules, const MissionProfile& mission, Language language,
                         const CivilDate& day);

}  // namespace iin
