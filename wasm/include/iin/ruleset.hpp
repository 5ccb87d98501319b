#pragma once
// The rules for getting an IIN as a foreigner, as typed data: channels (where to apply), their
// categories (who may apply there), documents, refusal grounds, terms and sources. Loaded from
// JSON (wasm/rules/ruleset.json, or a host's own) and validated.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "iin/civil_date.hpp"
#include "iin/error.hpp"

namespace iin {

enum class Language : std::uint8_t { en, ru, kk };
inline constexpr int kLanguageCount = 3;
const char* name(Language language);
std::optional<Language> parse_language(std::string_view text);

// The same words in every language, indexed by Language.
struct Text {
  std::array<std::string, kLanguageCount> words;
  const std::string& in(Language language) const { return words[static_cast<int>(language)]; }
};

struct Source {
  std::string id;
  Text title;
  std::string publisher;
  std::string published;  // YYYY, YYYY-MM or YYYY-MM-DD
  CivilDate checked;      // when we last compared our rules with it
};

struct Document {
  std::string id;
  Text title;
  Text detail;
};

enum class ItemCondition : std::uint8_t { always, representative };

// One line of a checklist: a document in a given form, or a group of alternatives (one_of) or
// of documents needed together (all_of).
struct Item {
  std::string id;  // the document's id, or the group's
  bool is_document = false;
  std::optional<Text> title;   // groups; documents take their title from the Document
  std::optional<Text> detail;  // overrides the document's detail when set
  bool original = false;       // the original, shown for checking or handed in
  bool copy = false;
  bool notarized_translation = false;  // into Kazakh or Russian
  bool optional = false;               // "if you have one": never counted as missing
  ItemCondition when = ItemCondition::always;
  std::vector<Item> one_of;
  std::vector<Item> all_of;
};

struct Ground {
  std::string code;
  Text title;
  std::string source;
  std::optional<Text> note;
};

struct AgeRule {
  enum class Kind : std::uint8_t { under, at_least } kind = Kind::under;
  int years = 0;
};

struct Category {
  std::string id;
  Text title;
  Text summary;  // who this is for
  std::vector<Item> items;
  std::optional<AgeRule> age;
  std::vector<std::string> sources;
};

enum class Submission : std::uint8_t { in_person, in_person_or_representative, online };
const char* name(Submission submission);

struct Term {
  std::optional<int> working_days;  // the day of application not counted
  Text text;
};

struct Channel {
  std::string id;
  Text title;
  Text summary;
  Submission who_may_submit = Submission::in_person;
  Term term;
  std::vector<Item> items;  // what everyone applying here brings
  std::vector<Category> categories;
  std::vector<std::string> eligibility;  // phrase ids of conditions the applicant must check
  std::vector<Ground> refuse_to_accept;
  std::vector<Ground> refuse_to_form;
  std::vector<std::string> sources;
  CivilDate as_of;
};

// Older rules people still read about: shown as history, never as current.
struct HistoryNote {
  std::string id;
  std::string channel;
  std::string superseded_by;  // a source id
  std::string source;
  Text text;
};

struct Phrase {
  std::string id;
  Text text;  // may hold {placeholders}
};

struct Ruleset {
  CivilDate as_of;
  std::vector<Source> sources;
  std::vector<Document> documents;
  std::vector<Channel> channels;
  std::vector<HistoryNote> history;
  std::vector<Phrase> phrases;

  const Source* source(std::string_view id) const;
  const Document* document(std::string_view id) const;
  const Channel* channel(std::string_view id) const;
  const Text* phrase(std::string_view id) const;
};

// The ruleset, or the first problem in it, with the JSON Pointer where it is.
Result<Ruleset> load_ruleset(std::string_view json);

// The ruleset compiled into the module.
std::string_view builtin_ruleset_json();

}  // namespace iin
