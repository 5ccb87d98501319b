#pragma once
// The rules for getting an IIN as a foreigner (schema 2, documented for maintainers in
// wasm/rules/README.md): channels (where to apply) and their categories (who may apply there),
// the documents and questions a checklist depends on, refusal grounds, terms, notes, history, the
// working-day calendar, the sources behind every rule and where they disagree, and the engine's
// sentences in three languages.
//
// The file is validated against the format (checklist/ruleset_shapes.cpp) and then read as it is:
// the engine walks the validated tree through the indexes below. Anything the validator accepts,
// the engine honours.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "iin/civil_date.hpp"
#include "iin/error.hpp"
#include "iin/json.hpp"

namespace iin {

enum class Language : std::uint8_t { en, ru, kk };
inline constexpr int kLanguageCount = 3;
const char* name(Language language);
std::optional<Language> parse_language(std::string_view text);

// Enum spellings, one table each, in the order of the enum; the validator accepts exactly these.
inline constexpr const char* kLanguages[] = {"en", "ru", "kk"};
enum class Submission : std::uint8_t { in_person, in_person_or_representative, online };
inline constexpr const char* kSubmissions[] = {"in_person", "in_person_or_representative", "online"};
enum class Confidence : std::uint8_t { published, estimated, weekdays_only };  // best to worst
inline constexpr const char* kConfidences[] = {"published", "estimated", "weekdays_only"};
inline constexpr const char* kRepresentedBy[] = {"parent_or_guardian"};
const char* name(Submission submission);
const char* name(Confidence confidence);

// The sentences the engine fills in, with the placeholders each may use (checked when loading).
#define IIN_PHRASES(X)                           \
  X(age_under_met, "years date birthday")        \
  X(age_under_not_met, "years date birthday")    \
  X(age_under_unknown, "years")                  \
  X(age_at_least_met, "years date birthday")     \
  X(age_at_least_not_met, "years date birthday") \
  X(age_at_least_unknown, "years")               \
  X(in_person_only, "")                          \
  X(representative_allowed, "")                  \
  X(online_only_yourself, "")                    \
  X(represented_by_parent_or_guardian, "")       \
  X(working_days_note, "")                       \
  X(no_fixed_term, "")                           \
  X(ground_not_eligible, "")                     \
  X(ground_not_in_force, "status")               \
  X(status_in_force, "")                         \
  X(status_in_force_until, "until")              \
  X(status_not_yet, "since until")               \
  X(status_ended, "since until")                 \
  X(status_unconfirmed_end, "since until")       \
  X(status_unconfirmed_stale, "since read")      \
  X(day_off, "date holiday")                     \
  X(day_off_moved, "date holiday moved")         \
  X(closed_on_weekend, "date next")              \
  X(closed_on_day_off, "date holiday next")      \
  X(calendar_published, "")                      \
  X(calendar_estimated, "year")                  \
  X(calendar_weekdays_only, "year")              \
  X(only_if, "question answers")                 \
  X(papers_match_unconfirmed, "year")            \
  X(list_or, "")                                 \
  X(period_from_to, "from to")                   \
  X(period_from, "from")                         \
  X(period_to, "to")                             \
  X(mission_accepting, "mission date")           \
  X(mission_not_accepting, "mission date")       \
  X(mission_closed_day, "date name")             \
  X(closed_on_mission_day, "date name next")     \
  X(closed_on_mission_weekday, "date next")

enum class Phrase : std::uint8_t {
#define IIN_PHRASE_ENUM(id, placeholders) id,
  IIN_PHRASES(IIN_PHRASE_ENUM)
#undef IIN_PHRASE_ENUM
};
// Their names and placeholders, in the order of the enum.
inline constexpr const char* kPhraseNames[] = {
#define IIN_PHRASE_NAME(id, placeholders) #id,
    IIN_PHRASES(IIN_PHRASE_NAME)
#undef IIN_PHRASE_NAME
};
inline constexpr const char* kPhrasePlaceholders[] = {
#define IIN_PHRASE_PLACEHOLDERS(id, placeholders) placeholders,
    IIN_PHRASES(IIN_PHRASE_PLACEHOLDERS)
#undef IIN_PHRASE_PLACEHOLDERS
};
inline constexpr int kPhraseCount = static_cast<int>(sizeof kPhraseNames / sizeof *kPhraseNames);
// The phrases from this one on speak of a mission profile (iin/mission.hpp): a ruleset may leave
// them out, and then no profile can be used with it.
inline constexpr Phrase kFirstMissionPhrase = Phrase::mission_accepting;
const char* name(Phrase phrase);
const char* placeholders(Phrase phrase);  // space-separated

// A loaded ruleset: the validated file and its indexes, which point into it (so it moves, but is
// never copied).
struct Ruleset {
  Ruleset() = default;
  Ruleset(Ruleset&&) = default;
  Ruleset& operator=(Ruleset&&) = default;
  Ruleset(const Ruleset&) = delete;
  Ruleset& operator=(const Ruleset&) = delete;

  JsonValue root;
  std::string version;  // the edition, e.g. "2026-11-26"
  CivilDate as_of;      // the day the maintainers last reviewed the whole file
  int review_after_days = 0;
  std::uint8_t weekend = 0;  // bit d: ISO weekday d+1 (Monday = bit 0) is a weekend day
  bool built_in = false;     // the file the module was built with, trusted as validated then
  IdIndex source_kinds, sources, questions, documents, channels, holidays, phrases;
  std::array<const JsonValue*, kPhraseCount> engine_phrases{};
  // Every source, the strongest first: by the order of sourceKinds, then the latest publication.
  std::vector<const JsonValue*> authority;

  // The text of an engine phrase ({en, ru, kk}).
  const JsonValue& phrase(Phrase id) const;
  const JsonValue& calendar() const;
  // A source's rank: the position of its kind in sourceKinds (0 = the highest authority).
  std::size_t rank(const JsonValue& source) const;
};

// The ruleset, or the first problem in it, with the JSON Pointer where it is. Text whose FNV-1a
// hash is `trusted_hash` (the built-in file, validated when the module was built) is indexed
// without being validated again; anything else is validated in full.
Result<Ruleset> load_ruleset(std::string_view json, std::uint64_t trusted_hash = 0);

// 64-bit FNV-1a: tells the built-in file from any other. It is no defence against a forger, who
// could only skip the checks of a file of his own; the engine reads every file null-safely anyway.
std::uint64_t fnv1a_hash(std::string_view text);

}  // namespace iin
