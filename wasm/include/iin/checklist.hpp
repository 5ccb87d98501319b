#pragma once
// What to bring, and whether a package would be accepted: the ruleset applied to one applicant.

#include <optional>
#include <string>
#include <vector>

#include "iin/civil_date.hpp"
#include "iin/ruleset.hpp"

namespace iin {

struct Answers {
  std::string channel;
  std::string category;  // empty when the channel has no categories
  std::optional<CivilDate> birth_date;
  CivilDate today;
  std::optional<CivilDate> apply_on;  // the day of applying, which the age rules use; default: today
  bool representative = false;        // someone else applies for the applicant
  Language language = Language::en;
};

struct Holdings {
  std::vector<std::string> have;                            // document ids
  std::vector<std::pair<std::string, CivilDate>> expiries;  // a document is valid through its date
  std::string iin;                                          // a number the applicant already holds, if any
};

// The engine's answers, already in the chosen language.
struct ListedItem {
  std::string id, title, detail;
  bool original = false, copy = false, notarized_translation = false, optional = false;
  std::vector<ListedItem> one_of, all_of;
};

struct Reason {
  std::string code;
  std::optional<bool> met;  // nullopt: a condition the applicant must confirm
  std::string text;
  std::optional<CivilDate> date;  // the birthday the age rule turns on
};

struct CitedSource {
  std::string id, title, publisher, published;
  CivilDate checked;
};

struct ListedGround {
  std::string code, title, note;
  CitedSource source;
};

struct Named {
  std::string id, title, summary;
};

struct HistoryLine {
  std::string id, text;
  CitedSource source, superseded_by;
};

struct Checklist {
  Named channel;
  std::optional<Named> category;
  bool eligible = true;  // false when a known rule rules the applicant out
  std::vector<Reason> eligibility;
  std::vector<ListedItem> items;
  Submission who_may_submit = Submission::in_person;
  std::string who_may_submit_text;
  std::optional<int> term_working_days;
  std::string term_text, term_note;
  std::vector<ListedGround> refuse_to_accept, refuse_to_form;
  std::vector<CitedSource> sources;
  CivilDate as_of;
  std::vector<HistoryLine> history;
};

struct MissingItem {
  std::string id, title;
};

struct ExpiredItem {
  std::string id, title;
  CivilDate expired_on;
};

struct Assessment {
  bool ready = false;
  bool eligible = true;
  std::vector<MissingItem> missing;
  std::vector<ExpiredItem> expired;
  std::vector<ListedGround> grounds;
  std::optional<CivilDate> ready_by;  // when the package is ready and the channel has a fixed term
  std::string ready_by_note;
};

struct ChannelSummary {
  Named channel;
  Submission who_may_submit;
  std::vector<Named> categories;
};

std::vector<ChannelSummary> list_categories(const Ruleset& rules, Language language);
// Both fail with the answer that is wrong (its path is "answers.x").
Result<Checklist> make_checklist(const Ruleset& rules, const Answers& answers);
Result<Assessment> assess(const Ruleset& rules, const Answers& answers, const Holdings& holdings);

// `days` working days (Monday to Friday) after `from`, which is not counted.
CivilDate add_working_days(const CivilDate& from, int days);

}  // namespace iin
