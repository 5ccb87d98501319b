#include "iin/ruleset.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "iin/checklist.hpp"
#include "checklist/required_phrases.hpp"

namespace iin {
namespace {

using Json = nlohmann::ordered_json;

const Ruleset& builtin() {
  static const Ruleset rules = *load_ruleset(builtin_ruleset_json());
  return rules;
}

Json builtin_json() { return Json::parse(builtin_ruleset_json()); }

std::string load_error(std::string_view json) {
  const Result<Ruleset> load = load_ruleset(json);
  EXPECT_FALSE(load) << "loaded although it should not";
  return load ? std::string() : load.error().describe();
}
std::string error_in(const Json& rules) { return load_error(rules.dump(1)); }

// The refusal of text that is no ruleset at all: its code and message (the path may be deep).
Error refusal(std::string_view json) {
  const Result<Ruleset> load = load_ruleset(json);
  EXPECT_FALSE(load) << "loaded although it should not";
  return load ? Error{} : load.error();
}
std::string refusal_message(std::string_view json) { return refusal(json).message; }

std::string replace_first(std::string text, std::string_view from, std::string_view to) {
  const std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

bool starts_with(const std::string& text, std::string_view prefix) { return text.rfind(prefix, 0) == 0; }

TEST(Ruleset, BuiltinLoads) {
  const Result<Ruleset> load = load_ruleset(builtin_ruleset_json());
  ASSERT_TRUE(load) << load.error().describe();
  const Ruleset& rules = *load;
  EXPECT_EQ(format_iso_date(rules.as_of), "2026-11-25");
  std::vector<std::string> channels;
  for (const Channel& c : rules.channels) channels.push_back(c.id);
  EXPECT_EQ(channels, (std::vector<std::string>{"consulate", "ministry", "psc", "egov"}));
  EXPECT_TRUE(rules.document("passport"));
  EXPECT_FALSE(rules.document("visa"));
  EXPECT_TRUE(rules.source("mia_consulates_2025"));
  EXPECT_TRUE(rules.phrase("no_fixed_term"));
  EXPECT_FALSE(rules.channel("embassy"));
}

TEST(Ruleset, LanguagesByName) {
  EXPECT_STREQ(name(Language::kk), "kk");
  EXPECT_EQ(parse_language("ru"), Language::ru);
  EXPECT_FALSE(parse_language("RU"));
  EXPECT_FALSE(parse_language(""));
}

// Every Text in a ruleset, named by where it is.
using TextVisit = std::function<void(const std::string&, const Text&)>;

void visit_items(const std::vector<Item>& items, const std::string& at, const TextVisit& visit) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Item& item = items[i];
    const std::string path = at + "/" + std::to_string(i);
    if (item.title) visit(path + "/title", *item.title);
    if (item.detail) visit(path + "/detail", *item.detail);
    visit_items(item.one_of, path + "/oneOf", visit);
    visit_items(item.all_of, path + "/allOf", visit);
  }
}

void visit_grounds(const std::vector<Ground>& grounds, const std::string& at, const TextVisit& visit) {
  for (std::size_t i = 0; i < grounds.size(); ++i) {
    visit(at + "/" + std::to_string(i) + "/title", grounds[i].title);
    if (grounds[i].note) visit(at + "/" + std::to_string(i) + "/note", *grounds[i].note);
  }
}

void visit_texts(const Ruleset& rules, const TextVisit& visit) {
  for (const Source& s : rules.sources) visit("source " + s.id + "/title", s.title);
  for (const Document& d : rules.documents) {
    visit("document " + d.id + "/title", d.title);
    visit("document " + d.id + "/detail", d.detail);
  }
  for (const Channel& c : rules.channels) {
    const std::string at = "channel " + c.id;
    visit(at + "/title", c.title);
    visit(at + "/summary", c.summary);
    visit(at + "/term", c.term.text);
    visit_items(c.items, at + "/items", visit);
    visit_grounds(c.refuse_to_accept, at + "/refuseToAccept", visit);
    visit_grounds(c.refuse_to_form, at + "/refuseToForm", visit);
    for (const Category& k : c.categories) {
      visit(at + "/category " + k.id + "/title", k.title);
      visit(at + "/category " + k.id + "/summary", k.summary);
      visit_items(k.items, at + "/category " + k.id + "/items", visit);
    }
  }
  for (const HistoryNote& h : rules.history) visit("history " + h.id, h.text);
  for (const Phrase& p : rules.phrases) visit("phrase " + p.id, p.text);
}

std::set<std::string> placeholders(const std::string& text) {
  std::set<std::string> found;
  for (std::size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
    const std::size_t close = text.find('}', open);
    if (close == std::string::npos) break;
    found.insert(text.substr(open, close - open + 1));
  }
  return found;
}

TEST(Translations, EveryTextIsGivenInEveryLanguage) {
  int texts = 0;
  int with_placeholders = 0;
  visit_texts(builtin(), [&](const std::string& where, const Text& text) {
    ++texts;
    for (Language language : {Language::en, Language::ru, Language::kk}) {
      EXPECT_FALSE(text.in(language).empty()) << where << " has no " << name(language) << " text";
    }
    const std::set<std::string> english = placeholders(text.in(Language::en));
    if (!english.empty()) ++with_placeholders;
    EXPECT_EQ(placeholders(text.in(Language::ru)), english) << where << " (ru)";
    EXPECT_EQ(placeholders(text.in(Language::kk)), english) << where << " (kk)";
  });
  EXPECT_GT(texts, 100);
  EXPECT_EQ(with_placeholders, 6);  // the age phrases
}

TEST(Translations, PlaceholdersAreFoundWhereTheyAre) {
  EXPECT_EQ(placeholders("Under {years} on {date}: {years}"), (std::set<std::string>{"{date}", "{years}"}));
  EXPECT_TRUE(placeholders("no braces").empty());
}

std::vector<std::string> words(const std::vector<ListedItem>& items) {
  std::vector<std::string> out;
  for (const ListedItem& item : items) {
    out.push_back(item.title);
    out.push_back(item.detail);
    for (const auto* members : {&item.one_of, &item.all_of}) {
      const std::vector<std::string> inner = words(*members);
      out.insert(out.end(), inner.begin(), inner.end());
    }
  }
  return out;
}

std::vector<std::string> words(const Checklist& c) {
  std::vector<std::string> out = {c.channel.title, c.channel.summary, c.who_may_submit_text, c.term_text,
                                  c.term_note};
  if (c.category) {
    out.push_back(c.category->title);
    out.push_back(c.category->summary);
  }
  for (const Reason& r : c.eligibility) out.push_back(r.text);
  const std::vector<std::string> items = words(c.items);
  out.insert(out.end(), items.begin(), items.end());
  for (const auto* grounds : {&c.refuse_to_accept, &c.refuse_to_form}) {
    for (const ListedGround& g : *grounds) {
      out.push_back(g.title);
      if (!g.note.empty()) out.push_back(g.note);
      out.push_back(g.source.title);
    }
  }
  for (const CitedSource& s : c.sources) out.push_back(s.title);
  for (const HistoryLine& h : c.history) out.push_back(h.text);
  return out;
}

Checklist checklist_in(const std::string& channel, const std::string& category, Language language) {
  Answers answers;
  answers.channel = channel;
  answers.category = category;
  answers.today = {2026, 11, 25};
  answers.birth_date = CivilDate{1950, 1, 1};
  answers.language = language;
  Result<Checklist> out = make_checklist(builtin(), answers);
  EXPECT_TRUE(out) << (out ? "" : out.error().describe());
  return out ? *out : Checklist{};
}

TEST(Translations, ChecklistsAreReallyTranslated) {
  for (const Channel& channel : builtin().channels) {
    std::vector<std::string> categories;
    for (const Category& c : channel.categories) categories.push_back(c.id);
    if (categories.empty()) categories.push_back("");
    for (const std::string& category : categories) {
      const std::vector<std::string> en = words(checklist_in(channel.id, category, Language::en));
      for (Language language : {Language::ru, Language::kk}) {
        const std::vector<std::string> other = words(checklist_in(channel.id, category, language));
        ASSERT_EQ(other.size(), en.size());
        for (std::size_t i = 0; i < en.size(); ++i) {
          if (en[i].empty()) continue;
          EXPECT_NE(other[i], en[i]) << channel.id << "/" << category << " in " << name(language);
        }
      }
    }
  }
}

TEST(Translations, CategoryListsAreReallyTranslated) {
  const std::vector<ChannelSummary> en = list_categories(builtin(), Language::en);
  ASSERT_EQ(en.size(), 4u);
  for (Language language : {Language::ru, Language::kk}) {
    const std::vector<ChannelSummary> other = list_categories(builtin(), language);
    ASSERT_EQ(other.size(), en.size());
    for (std::size_t c = 0; c < en.size(); ++c) {
      EXPECT_EQ(other[c].channel.id, en[c].channel.id);
      EXPECT_NE(other[c].channel.title, en[c].channel.title);
      EXPECT_NE(other[c].channel.summary, en[c].channel.summary);
      ASSERT_EQ(other[c].categories.size(), en[c].categories.size());
      for (std::size_t k = 0; k < en[c].categories.size(); ++k) {
        EXPECT_EQ(other[c].categories[k].id, en[c].categories[k].id);
        EXPECT_NE(other[c].categories[k].title, en[c].categories[k].title) << en[c].categories[k].id;
        EXPECT_NE(other[c].categories[k].summary, en[c].categories[k].summary) << en[c].categories[k].id;
      }
    }
  }
}

TEST(HostileRuleset, BrokenJsonNamesLineAndColumn) {
  EXPECT_EQ(
      refusal_message("{\n \"schema\": 1,\n \"asOf\": }"),
      "not valid JSON at line 3, column 10: syntax error while parsing value - unexpected '}'; expected '[', "
      "'{', or a literal");
  const std::string_view half = builtin_ruleset_json().substr(0, builtin_ruleset_json().size() / 2);
  const auto last_line = std::count(half.begin(), half.end(), '\n') + 1;
  const std::string cut = refusal_message(half);
  EXPECT_EQ(refusal(half).code, ErrorCode::not_json);
  EXPECT_TRUE(starts_with(cut, "not valid JSON at line " + std::to_string(last_line) + ", column ")) << cut;
  EXPECT_EQ(refusal_message(""),
            "not valid JSON at line 1, column 1: syntax error while parsing value - unexpected end of "
            "input; expected '[', '{', or a literal");
  EXPECT_TRUE(starts_with(refusal_message("{} x"), "not valid JSON at line 1, column 4"));
  EXPECT_TRUE(starts_with(refusal_message(std::string("{\"a\0\": 1}", 9)), "not valid JSON at line 1"));
  EXPECT_TRUE(starts_with(refusal_message("{\"a\xff\": 1}"), "not valid JSON at line 1"));
}

TEST(HostileRuleset, ColumnsCountCharactersNotBytes) {
  const std::string error = refusal_message("{\"язык\": }");
  EXPECT_TRUE(starts_with(error, "not valid JSON at line 1, column 10:")) << error;
}

TEST(HostileRuleset, RootMustBeAnObject) {
  EXPECT_EQ(load_error("[]"), "/: expected an object, found an array");
  EXPECT_EQ(load_error("null"), "/: expected an object, found null");
  EXPECT_EQ(load_error("{}"), "/: missing the required key \"schema\"");
}

TEST(HostileRuleset, WrongTypesNameThePath) {
  Json rules = builtin_json();
  rules["channels"][0]["title"] = 5;
  EXPECT_EQ(error_in(rules), "/channels/0/title: expected an object, found a whole number");

  rules = builtin_json();
  rules["channels"][2]["items"][1]["copy"] = "yes";
  EXPECT_EQ(error_in(rules), "/channels/2/items/1/copy: expected true or false, found a string");

  rules = builtin_json();
  rules["documents"] = Json::object();
  EXPECT_EQ(error_in(rules), "/documents: expected an array, found an object");

  rules = builtin_json();
  rules["channels"][0]["term"]["workingDays"] = 1.5;
  EXPECT_EQ(error_in(rules),
            "/channels/0/term/workingDays: expected a whole number from 1 to 365, found a number");

  rules = builtin_json();
  rules["channels"][0]["term"]["workingDays"] = 0;
  EXPECT_EQ(error_in(rules), "/channels/0/term/workingDays: expected a whole number from 1 to 365, found 0");

  rules = builtin_json();
  rules["schema"] = 2;
  EXPECT_EQ(error_in(rules), "/schema: this engine reads schema 1 rulesets");
}

TEST(HostileRuleset, BadValuesNameThePath) {
  Json rules = builtin_json();
  rules["channels"][0]["whoMaySubmit"] = "by_post";
  EXPECT_EQ(error_in(rules),
            "/channels/0/whoMaySubmit: expected \"in_person\", \"in_person_or_representative\" or "
            "\"online\", found \"by_post\"");

  rules = builtin_json();
  rules["documents"][1]["id"] = "Passport";
  EXPECT_EQ(
      error_in(rules),
      "/documents/1/id: expected an id of lower-case letters, digits and underscores, found \"Passport\"");

  rules = builtin_json();
  rules["asOf"] = "2026-02-30";
  EXPECT_EQ(error_in(rules), "/asOf: expected a date written YYYY-MM-DD, found \"2026-02-30\"");

  rules = builtin_json();
  rules["sources"][2]["published"] = "24";
  EXPECT_EQ(error_in(rules), "/sources/2/published: expected YYYY, YYYY-MM or YYYY-MM-DD, found \"24\"");

  rules = builtin_json();
  rules["languages"] = {"en", "ru"};
  EXPECT_EQ(error_in(rules), "/languages: expected [\"en\", \"ru\", \"kk\"]");

  rules = builtin_json();
  rules["channels"][2]["items"][2]["when"] = "always";
  EXPECT_EQ(error_in(rules), "/channels/2/items/2/when: expected \"representative\", found \"always\"");
}

TEST(HostileRuleset, ItemsMustSayWhatIsAskedFor) {
  Json rules = builtin_json();
  rules["channels"][0]["items"][0].erase("original");
  EXPECT_EQ(error_in(rules),
            "/channels/0/items/0: a document must be asked for as an original, a copy or both");

  rules = builtin_json();
  Json& group = rules["channels"][0]["categories"][0]["items"][0];
  group["allOf"] = group["oneOf"];
  EXPECT_EQ(error_in(rules),
            "/channels/0/categories/0/items/0: a group needs either \"oneOf\" or \"allOf\" with at "
            "least one item, not both");

  rules = builtin_json();
  rules["channels"][0]["categories"][0]["items"][0]["oneOf"] = Json::array();
  EXPECT_EQ(error_in(rules),
            "/channels/0/categories/0/items/0: a group needs either \"oneOf\" or \"allOf\" with at "
            "least one item, not both");

  rules = builtin_json();
  rules["channels"][0]["categories"][3]["age"] = {{"under", 16}, {"atLeast", 65}};
  EXPECT_EQ(error_in(rules),
            "/channels/0/categories/3/age: expected exactly one of \"under\" and \"atLeast\"");

  rules = builtin_json();
  Json& items = rules["channels"][0]["items"];
  for (int i = 0; i < 49; ++i) items.push_back(items[0]);
  EXPECT_EQ(error_in(rules), "/channels/0/items: has 51 items; at most 50 are allowed");
}

TEST(HostileRuleset, MissingKeyNamesTheObject) {
  Json rules = builtin_json();
  rules["documents"][0].erase("detail");
  EXPECT_EQ(error_in(rules), "/documents/0: missing the required key \"detail\"");

  rules = builtin_json();
  rules["channels"][3].erase("term");
  EXPECT_EQ(error_in(rules), "/channels/3: missing the required key \"term\"");

  rules = builtin_json();
  rules["channels"][0]["categories"][0].erase("sources");
  EXPECT_EQ(error_in(rules), "/channels/0/categories/0: missing the required key \"sources\"");
}

TEST(HostileRuleset, UnknownKeyIsRefused) {
  Json rules = builtin_json();
  rules["channels"][1]["colour"] = "red";
  EXPECT_EQ(error_in(rules), "/channels/1/colour: unknown key \"colour\"");

  rules = builtin_json();
  rules["channels"][0]["categories"][4]["items"][0]["oneOf"][0]["allOf"][1]["copies"] = 2;
  EXPECT_EQ(error_in(rules),
            "/channels/0/categories/4/items/0/oneOf/0/allOf/1/copies: unknown key \"copies\"");

  rules = builtin_json();
  rules["phrases"]["no_fixed_term"]["de"] = "Keine feste Frist.";
  EXPECT_EQ(error_in(rules), "/phrases/no_fixed_term/de: unknown key \"de\"");

  rules = builtin_json();
  rules["sources"][0]["a/b~c"] = 1;
  EXPECT_EQ(error_in(rules), "/sources/0/a~1b~0c: unknown key \"a/b~c\"");
}

TEST(HostileRuleset, DuplicateIdsAreRefused) {
  Json rules = builtin_json();
  rules["documents"][1]["id"] = "application";
  EXPECT_EQ(error_in(rules), "/documents/1/id: the id \"application\" is used twice");

  rules = builtin_json();
  rules["channels"][1]["id"] = "consulate";
  EXPECT_EQ(error_in(rules), "/channels/1/id: the id \"consulate\" is used twice");

  rules = builtin_json();
  rules["channels"][0]["categories"][7]["id"] = "investor";
  EXPECT_EQ(error_in(rules), "/channels/0/categories/7/id: the id \"investor\" is used twice");

  rules = builtin_json();
  rules["sources"][3]["id"] = "guide_2026";
  EXPECT_EQ(error_in(rules), "/sources/3/id: the id \"guide_2026\" is used twice");

  rules = builtin_json();
  rules["channels"][0]["categories"][1]["items"].push_back({{"document", "passport"}, {"original", true}});
  EXPECT_EQ(error_in(rules), "/channels/0/categories/1/items/1: \"passport\" is already in this checklist");
}

TEST(HostileRuleset, DuplicateJsonKeysAreRefused) {
  const std::string twice =
      replace_first(std::string(builtin_ruleset_json()), "\"schema\": 1,", "\"schema\": 1, \"schema\": 1,");
  EXPECT_EQ(load_error(twice), "/: the key \"schema\" appears twice in this object");
  EXPECT_EQ(refusal(twice).code, ErrorCode::duplicate_key);
  const std::string nested = replace_first(std::string(builtin_ruleset_json()), "\"id\": \"passport\",",
                                           "\"id\": \"passport\", \"id\": \"visa\",");
  EXPECT_EQ(load_error(nested), "/documents/1: the key \"id\" appears twice in this object");
  EXPECT_EQ(load_error("{\"a\": {\"b\": 1}, \"a\": 2}"), "/: the key \"a\" appears twice in this object");
  EXPECT_EQ(load_error("{\"a\": {\"b\": 1, \"b\": 2}}"), "/a: the key \"b\" appears twice in this object");
}

TEST(HostileRuleset, SameKeyInDifferentObjectsIsFine) {
  EXPECT_EQ(load_error("{\"a\": {\"a\": {\"a\": 1}}, \"b\": [{\"a\": 1}, {\"a\": 2}]}"),
            "/: missing the required key \"schema\"");
}

TEST(HostileRuleset, UnknownReferencesAreRefused) {
  Json rules = builtin_json();
  rules["channels"][0]["items"][1]["document"] = "visa";
  EXPECT_EQ(error_in(rules), "/channels/0/items/1/document: no document with the id \"visa\"");

  rules = builtin_json();
  rules["channels"][0]["categories"][4]["items"][0]["oneOf"][1]["document"] = "testament";
  EXPECT_EQ(error_in(rules),
            "/channels/0/categories/4/items/0/oneOf/1/document: no document with the id \"testament\"");

  rules = builtin_json();
  rules["channels"][2]["sources"][1] = "rumour";
  EXPECT_EQ(error_in(rules), "/channels/2/sources: no source with the id \"rumour\"");

  rules = builtin_json();
  rules["channels"][3]["refuseToForm"][0]["source"] = "rumour";
  EXPECT_EQ(error_in(rules), "/channels/3/refuseToForm/0/source: no source with the id \"rumour\"");

  rules = builtin_json();
  rules["channels"][0]["categories"][0]["sources"] = Json::array();
  EXPECT_EQ(error_in(rules), "/channels/0/categories/0/sources: every rule must cite at least one source");

  rules = builtin_json();
  rules["history"][0]["channel"] = "embassy";
  EXPECT_EQ(error_in(rules), "/history/0/channel: no channel \"embassy\"");

  rules = builtin_json();
  rules["history"][1]["supersededBy"] = "rumour";
  EXPECT_EQ(error_in(rules), "/history/1: no source with the id \"rumour\"");

  rules = builtin_json();
  rules["channels"][0]["eligibility"] = {"be_nice"};
  EXPECT_EQ(error_in(rules), "/channels/0/eligibility: no phrase \"be_nice\"");
}

TEST(HostileRuleset, EveryRequiredPhraseMustBeThere) {
  for (const char* id : detail::kRequiredPhrases) {
    Json rules = builtin_json();
    ASSERT_EQ(rules["phrases"].erase(id), 1u) << id;
    EXPECT_EQ(error_in(rules), "/phrases: missing the phrase \"" + std::string(id) + "\"");
  }
}

TEST(HostileRuleset, MissingLanguageTextNamesTheText) {
  Json rules = builtin_json();
  rules["documents"][0]["title"].erase("kk");
  EXPECT_EQ(error_in(rules), "/documents/0/title: missing the required key \"kk\"");

  rules = builtin_json();
  rules["channels"][1]["refuseToForm"][1]["title"]["ru"] = "";
  EXPECT_EQ(error_in(rules), "/channels/1/refuseToForm/1/title/ru: expected a non-empty string");

  rules = builtin_json();
  rules["phrases"]["in_person_only"]["en"] = nullptr;
  EXPECT_EQ(error_in(rules), "/phrases/in_person_only/en: expected a string, found null");
}

TEST(HostileRuleset, LongTextIsRefused) {
  Json rules = builtin_json();
  rules["documents"][2]["detail"]["en"] = std::string(2001, 'a');
  EXPECT_EQ(error_in(rules), "/documents/2/detail/en: is longer than 2000 bytes");
  rules["documents"][2]["detail"]["en"] = std::string(2000, 'a');
  EXPECT_TRUE(load_ruleset(rules.dump()));
}

TEST(HostileRuleset, HugeTextHitsTheSizeLimit) {
  Json rules = builtin_json();
  rules["documents"][0]["detail"]["en"] = std::string(10 << 20, 'a');
  const std::string text = rules.dump();
  EXPECT_EQ(load_error(text), "/: the text is " + std::to_string(text.size()) + " bytes; the limit is 1048576");
  EXPECT_EQ(refusal(text).code, ErrorCode::too_large);
  EXPECT_EQ(load_error(std::string((1 << 20) + 1, ' ')), "/: the text is 1048577 bytes; the limit is 1048576");
}

TEST(HostileRuleset, DeepNestingHitsTheDepthLimit) {
  const int depth = 10000;
  EXPECT_EQ(refusal_message(std::string(depth, '[') + std::string(depth, ']')), "nested deeper than 32 levels");
  EXPECT_EQ(refusal(std::string(depth, '[')).code, ErrorCode::too_deep);
  std::string objects;
  for (int i = 0; i < depth; ++i) objects += "{\"a\":";
  objects += "1" + std::string(depth, '}');
  EXPECT_EQ(refusal_message(objects), "nested deeper than 32 levels");
  EXPECT_EQ(refusal(objects).path, "/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a");

  Json rules = builtin_json();
  Json group = rules["channels"][0]["categories"][0]["items"][0];
  for (int level = 0; level < 20; ++level) {
    Json outer = group;
    outer["id"] = "level_" + std::to_string(level);
    outer["oneOf"] = Json::array({group});
    group = outer;
  }
  rules["channels"][0]["categories"][0]["items"][0] = group;
  const Error deep = refusal(rules.dump());
  EXPECT_EQ(deep.message, "nested deeper than 32 levels");
  EXPECT_TRUE(starts_with(deep.path, "/channels/0/categories/0/items/0/oneOf/0/oneOf/")) << deep.path;
}

TEST(HostileRuleset, NestedGroupsWithinTheLimitLoad) {
  Json rules = builtin_json();
  Json group = rules["channels"][0]["categories"][0]["items"][0];
  for (int level = 0; level < 3; ++level) {
    Json outer = group;
    outer["id"] = "level_" + std::to_string(level);
    outer["oneOf"] = Json::array({group});
    group = outer;
  }
  rules["channels"][0]["categories"][0]["items"][0] = group;
  const Result<Ruleset> load = load_ruleset(rules.dump());
  ASSERT_TRUE(load) << load.error().describe();
  const Item& top = load->channels[0].categories[0].items[0];
  EXPECT_EQ(top.id, "level_2");
  ASSERT_EQ(top.one_of.size(), 1u);
  EXPECT_EQ(top.one_of[0].id, "level_1");

  rules["channels"][0]["categories"][0]["items"][0]["oneOf"][0]["id"] = "level_2";
  EXPECT_EQ(error_in(rules),
            "/channels/0/categories/0/items/0/oneOf/0: \"level_2\" is already in this checklist");
}

}  // namespace
}  // namespace iin
