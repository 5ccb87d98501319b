// Loading a ruleset: what the format accepts, and everything it refuses, with the code and the
// JSON Pointer of the problem. Each refusal is one change to the fixture, which loads as it is.
#include "iin/ruleset.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "fixture.hpp"

namespace iin {
namespace {

using testing::Json;

Error refusal(const std::string& text) {
  const Result<Ruleset> loaded = load_ruleset(text);
  EXPECT_FALSE(loaded) << "loaded although it should not";
  return loaded ? Error{} : loaded.error();
}
Error refused(const Json& rules) { return refusal(rules.dump(1)); }

TEST(Ruleset, FixtureAndShippedFileLoad) {
  const Ruleset& rules = testing::fixture();
  EXPECT_EQ(rules.version, "2026-11-26");
  EXPECT_EQ(format_iso_date(rules.as_of), "2026-11-26");
  EXPECT_EQ(rules.review_after_days, 400);
  EXPECT_EQ(rules.weekend, 0x60);  // Saturday and Sunday
  EXPECT_TRUE(rules.channels.find("psc"));
  EXPECT_TRUE(rules.documents.find("passport"));
  EXPECT_TRUE(rules.questions.find("passportScript"));
  EXPECT_FALSE(rules.built_in);
  for (int i = 0; i < kPhraseCount; ++i) EXPECT_TRUE(rules.engine_phrases[i]) << name(static_cast<Phrase>(i));

  const Result<Ruleset> shipped = load_ruleset(testing::shipped_text());
  ASSERT_TRUE(shipped) << shipped.error().describe();
}

TEST(Ruleset, SourceKindsRankSourcesInTheirOrder) {
  const Ruleset& rules = testing::fixture();
  EXPECT_EQ(rules.rank(*rules.sources.find("psc_rules")), 0U);   // act
  EXPECT_EQ(rules.rank(*rules.sources.find("gov_kz_iin")), 1U);  // portal
  EXPECT_EQ(rules.rank(*rules.sources.find("guide_2026")), 5U);  // intermediary
}

// A source may give no date ("undated"): it is then listed after every dated source of its kind,
// however recent the dated ones are, and written without "published".
TEST(Ruleset, AnUndatedSourceNeverRanksAsNewer) {
  Json edited = testing::fixture_json();
  for (Json& source : edited["sources"])
    if (source["id"] == "taspanews_2026") source.erase("published");
  const Result<Ruleset> rules = load_ruleset(edited.dump());
  ASSERT_TRUE(rules) << rules.error().describe();
  std::vector<std::string> news;
  for (const JsonValue* source : rules->authority)
    if (source->text("kind") == "news") news.push_back(source->text("id"));
  EXPECT_EQ(news, (std::vector<std::string>{"almatanews_pilot", "zakon_2024", "taspanews_2026"}));
  const Result<Ruleset> dated = load_ruleset(testing::fixture_text());
  news.clear();
  for (const JsonValue* source : dated->authority)
    if (source->text("kind") == "news") news.push_back(source->text("id"));
  EXPECT_EQ(news, (std::vector<std::string>{"taspanews_2026", "almatanews_pilot", "zakon_2024"}));
}

// The built-in file is trusted by its hash: indexed, not validated again. Any other text is.
TEST(Ruleset, TrustsOnlyTheFileWhoseHashItWasGiven) {
  const std::string& text = testing::fixture_text();
  const Result<Ruleset> trusted = load_ruleset(text, fnv1a_hash(text));
  ASSERT_TRUE(trusted);
  EXPECT_TRUE(trusted->built_in);
  EXPECT_TRUE(trusted->sources.find("psc_rules"));

  Json broken = testing::fixture_json();
  broken["channels"][0]["sources"] = Json::array();  // a rule that cites nothing
  const std::string edited = broken.dump(1);
  EXPECT_EQ(load_ruleset(edited, fnv1a_hash(text)).error().code, ErrorCode::missing_source);
  const Result<Ruleset> as_built =
      load_ruleset(edited, fnv1a_hash(edited));  // what the build would vouch for
  ASSERT_TRUE(as_built);
  EXPECT_TRUE(as_built->built_in);
  EXPECT_NE(fnv1a_hash("a"), fnv1a_hash("b"));
  EXPECT_EQ(fnv1a_hash(""), 0xcbf29ce484222325ULL);
  EXPECT_EQ(fnv1a_hash("a"), 0xaf63dc4c8601ec8cULL);  // the published FNV-1a test vector
}

struct Case {
  const char* what;
  std::function<void(Json&)> change;
  ErrorCode code;
  const char* path;
};

// Every construct refused, with where. Paths are JSON Pointers into the fixture.
const Case kRefusals[] = {
    {"another schema", [](Json& r) { r["schema"] = 1; }, ErrorCode::unsupported_schema, "/schema"},
    {"a missing key", [](Json& r) { r["channels"][0].erase("title"); }, ErrorCode::missing_key,
     "/channels/0"},
    {"a typo in a key", [](Json& r) { r["documents"][1]["titel"] = r["documents"][1]["title"]; },
     ErrorCode::unknown_key, "/documents/1/titel"},
    {"a key with / and ~", [](Json& r) { r["documents"][0]["a/b~c"] = 1; }, ErrorCode::unknown_key,
     "/documents/0/a~1b~0c"},
    {"a missing language", [](Json& r) { r["documents"][0]["title"].erase("kk"); }, ErrorCode::missing_key,
     "/documents/0/title"},
    {"a fourth language", [](Json& r) { r["documents"][0]["title"]["de"] = "Antrag"; },
     ErrorCode::unknown_key, "/documents/0/title/de"},
    {"empty words", [](Json& r) { r["documents"][0]["detail"]["ru"] = ""; }, ErrorCode::invalid_value,
     "/documents/0/detail/ru"},
    {"a number for words", [](Json& r) { r["documents"][0]["detail"]["ru"] = 5; }, ErrorCode::wrong_type,
     "/documents/0/detail/ru"},
    {"too many words", [](Json& r) { r["documents"][0]["detail"]["en"] = std::string(4001, 'a'); },
     ErrorCode::too_large, "/documents/0/detail/en"},
    {"a placeholder in plain words", [](Json& r) { r["documents"][0]["detail"]["en"] = "Bring {it}."; },
     ErrorCode::invalid_value, "/documents/0/detail/en"},
    {"a phrase with a placeholder it is not given",
     [](Json& r) { r["phrases"]["status_ended"]["kk"] = "{since} {when}"; }, ErrorCode::invalid_value,
     "/phrases/status_ended/kk"},
    {"a missing engine phrase", [](Json& r) { r["phrases"].erase("day_off"); }, ErrorCode::missing_key,
     "/phrases"},
    {"a phrase nothing uses", [](Json& r) { r["phrases"]["spare"] = r["phrases"]["list_or"]; },
     ErrorCode::unknown_key, "/phrases/spare"},
    {"a phrase id that is no id", [](Json& r) { r["phrases"]["Spare"] = r["phrases"]["list_or"]; },
     ErrorCode::invalid_value, "/phrases/Spare"},
    {"a question nothing asks",
     [](Json& r) {
       r["channels"][1]["categories"][0]["items"][0].erase("legalised");
       r["channels"][1]["categories"][1]["items"][0].erase("legalised");
     },
     ErrorCode::unknown_key, "/questions/1"},
    {"a question named like an answer the engine reads", [](Json& r) { r["questions"][0]["id"] = "channel"; },
     ErrorCode::invalid_value, "/questions/0/id"},
    {"a question with one option",
     [](Json& r) {
       r["questions"][0]["options"].erase(1);
       r["questions"][0]["options"].erase(1);
     },
     ErrorCode::invalid_value, "/questions/0/options"},
    {"an option twice", [](Json& r) { r["questions"][0]["options"][1]["id"] = "latin"; },
     ErrorCode::duplicate_id, "/questions/0/options"},
    {"a source id twice", [](Json& r) { r["sources"][2]["id"] = "psc_rules"; }, ErrorCode::duplicate_id,
     "/sources/2/id"},
    {"a document id twice", [](Json& r) { r["documents"][3]["id"] = "passport"; }, ErrorCode::duplicate_id,
     "/documents/3/id"},
    {"a channel id twice", [](Json& r) { r["channels"][2]["id"] = "psc"; }, ErrorCode::duplicate_id,
     "/channels/2/id"},
    {"a category id twice", [](Json& r) { r["channels"][1]["categories"][2]["id"] = "spouse"; },
     ErrorCode::duplicate_id, "/channels/1/categories/2/id"},
    {"an unknown source kind", [](Json& r) { r["sources"][0]["kind"] = "blog"; }, ErrorCode::unknown_id,
     "/sources/0/kind"},
    {"an unknown source", [](Json& r) { r["channels"][0]["sources"][0] = "nobody"; }, ErrorCode::unknown_id,
     "/channels/0/sources/0"},
    {"a source cited twice", [](Json& r) { r["channels"][1]["sources"][1] = "kazinform_pilot_2024"; },
     ErrorCode::duplicate_id, "/channels/1/sources"},
    {"a rule that cites no source",
     [](Json& r) { r["channels"][1]["categories"][0]["sources"] = Json::array(); }, ErrorCode::missing_source,
     "/channels/1/categories/0/sources"},
    {"an unknown document", [](Json& r) { r["channels"][0]["items"][0]["document"] = "visa"; },
     ErrorCode::unknown_id, "/channels/0/items/0/document"},
    {"an unknown phrase in eligibility", [](Json& r) { r["channels"][0]["eligibility"][0] = "nowhere"; },
     ErrorCode::unknown_id, "/channels/0/eligibility/0"},
    {"an unknown question in a condition",
     [](Json& r) {
       r["channels"][0]["items"][1]["notarizedTranslation"]["when"] = Json{{"script", Json{"other"}}};
     },
     ErrorCode::unknown_id, "/channels/0/items/1/notarizedTranslation/when/script"},
    {"an unknown option in a condition",
     [](Json& r) {
       r["channels"][0]["items"][1]["notarizedTranslation"]["when"]["passportScript"][0] = "arabic";
     },
     ErrorCode::unknown_id, "/channels/0/items/1/notarizedTranslation/when/passportScript/0"},
    {"an empty condition", [](Json& r) { r["channels"][0]["items"][0]["when"] = Json::object(); },
     ErrorCode::invalid_value, "/channels/0/items/0/when"},
    {"a condition with no answer",
     [](Json& r) { r["channels"][0]["items"][2]["when"]["representative"] = Json::array(); },
     ErrorCode::invalid_value, "/channels/0/items/2/when/representative"},
    {"a word for representative",
     [](Json& r) { r["channels"][0]["items"][2]["when"]["representative"][0] = "yes"; },
     ErrorCode::wrong_type, "/channels/0/items/2/when/representative/0"},
    {"a form that is no form",
     [](Json& r) { r["channels"][0]["items"][1]["notarizedTranslation"] = "sometimes"; },
     ErrorCode::wrong_type, "/channels/0/items/1/notarizedTranslation"},
    {"a document in no form", [](Json& r) { r["channels"][0]["items"][0]["original"] = false; },
     ErrorCode::invalid_value, "/channels/0/items/0"},
    {"a group with oneOf and allOf",
     [](Json& r) {
       Json& group = r["channels"][1]["categories"][2]["items"][0];
       group["allOf"] = group["oneOf"];
     },
     ErrorCode::invalid_value, "/channels/1/categories/2/items/0"},
    {"a group of one", [](Json& r) { r["channels"][1]["categories"][2]["items"][0]["oneOf"].erase(1); },
     ErrorCode::invalid_value, "/channels/1/categories/2/items/0/oneOf"},
    {"an item that is neither", [](Json& r) { r["channels"][1]["categories"][2]["items"][0].erase("oneOf"); },
     ErrorCode::invalid_value, "/channels/1/categories/2/items/0"},
    {"an original on a group",
     [](Json& r) { r["channels"][1]["categories"][2]["items"][0]["original"] = true; },
     ErrorCode::unknown_key, "/channels/1/categories/2/items/0/original"},
    {"the same document twice on the same days",
     [](Json& r) {
       r["channels"][1]["categories"][0]["items"].push_back(Json{{"document", "passport"}, {"copy", true}});
     },
     ErrorCode::duplicate_id, "/channels/1/categories/0/items/1"},
    {"the same document twice inside a group",
     [](Json& r) {
       r["channels"][1]["categories"][2]["items"][0]["oneOf"][1]["allOf"][1]["document"] =
           "death_certificate";
     },
     ErrorCode::duplicate_id, "/channels/1/categories/2/items/0/oneOf/1/allOf/1"},
    {"an age with both limits", [](Json& r) { r["channels"][1]["categories"][1]["age"]["atLeast"] = 65; },
     ErrorCode::invalid_value, "/channels/1/categories/1/age"},
    {"an age out of range", [](Json& r) { r["channels"][1]["categories"][1]["age"]["under"] = 0; },
     ErrorCode::invalid_value, "/channels/1/categories/1/age/under"},
    {"an unknown representative",
     [](Json& r) { r["channels"][1]["categories"][1]["representedBy"] = "uncle"; }, ErrorCode::invalid_value,
     "/channels/1/categories/1/representedBy"},
    {"an unknown way to submit", [](Json& r) { r["channels"][0]["whoMaySubmit"] = "by_post"; },
     ErrorCode::invalid_value, "/channels/0/whoMaySubmit"},
    {"dates with no source", [](Json& r) { r["channels"][1].erase("validitySources"); },
     ErrorCode::missing_source, "/channels/1"},
    {"sources for no dates", [](Json& r) { r["channels"][0]["validitySources"] = Json{"psc_rules"}; },
     ErrorCode::invalid_value, "/channels/0/validitySources"},
    {"an end confirmed with no end", [](Json& r) { r["channels"][0]["endConfirmed"] = true; },
     ErrorCode::invalid_value, "/channels/0/endConfirmed"},
    {"an end before the start", [](Json& r) { r["channels"][1]["validTo"] = "2025-04-17"; },
     ErrorCode::date_order, "/channels/1/validTo"},
    {"an impossible date", [](Json& r) { r["channels"][1]["validTo"] = "2025-02-29"; },
     ErrorCode::invalid_date, "/channels/1/validTo"},
    {"a status note with a placeholder it is not given",
     [](Json& r) { r["channels"][1]["statusNote"]["en"] = "{today}"; }, ErrorCode::invalid_value,
     "/channels/1/statusNote/en"},
    {"a status note where no status is shown",
     [](Json& r) { r["documents"][0]["statusNote"] = r["channels"][1]["statusNote"]; },
     ErrorCode::unknown_key, "/documents/0/statusNote"},
    {"two terms on the same days",
     [](Json& r) { r["channels"][0]["terms"].push_back(r["channels"][0]["terms"][0]); },
     ErrorCode::date_order, "/channels/0/terms/1"},
    {"a term in working days with no calendar", [](Json& r) { r["channels"][0].erase("calendar"); },
     ErrorCode::missing_key, "/channels/0"},
    {"an unknown calendar", [](Json& r) { r["channels"][0]["calendar"] = "ru"; }, ErrorCode::unknown_id,
     "/channels/0/calendar"},
    {"a channel reviewed after the ruleset", [](Json& r) { r["channels"][0]["asOf"] = "2026-11-27"; },
     ErrorCode::date_order, "/channels/0/asOf"},
    {"a disagreement settled for the weaker source",
     [](Json& r) {
       Json& dispute = r["channels"][0]["disputed"][0];
       std::swap(dispute["followed"], dispute["otherSources"]);
     },
     ErrorCode::weaker_source, "/channels/0/disputed/0/followed"},
    {"a disagreement settled for the earlier of two news",
     [](Json& r) {
       Json& dispute = r["channels"][2]["disputed"][0];
       dispute["followed"] = Json{"zakon_2024"};          // news, 2024-03-01
       dispute["otherSources"] = Json{"taspanews_2026"};  // news, 2026-03-18
     },
     ErrorCode::weaker_source, "/channels/2/disputed/0/followed"},
    {"a disagreement settled for an undated news item over a dated one",
     [](Json& r) {
       for (Json& source : r["sources"])
         if (source["id"] == "taspanews_2026") source.erase("published");  // undated: never newer
       Json& dispute = r["channels"][2]["disputed"][0];
       dispute["followed"] = Json{"taspanews_2026"};
       dispute["otherSources"] = Json{"zakon_2024"};  // news, 2024-03-01
     },
     ErrorCode::weaker_source, "/channels/2/disputed/0/followed"},
    {"a source on both sides",
     [](Json& r) { r["channels"][0]["disputed"][0]["otherSources"].push_back("psc_rules"); },
     ErrorCode::invalid_value, "/channels/0/disputed/0"},
    {"a disagreement with one side",
     [](Json& r) { r["channels"][0]["disputed"][0]["otherSources"] = Json::array(); },
     ErrorCode::missing_source, "/channels/0/disputed/0/otherSources"},
    {"a history entry about an unknown category", [](Json& r) { r["history"][0]["category"] = "pilot"; },
     ErrorCode::unknown_id, "/history/0/category"},
    {"a history entry about a category of no channel",
     [](Json& r) {
       r["history"][0].erase("channel");
       r["history"][0]["category"] = "spouse";
     },
     ErrorCode::missing_key, "/history/0"},
    {"an http address", [](Json& r) { r["sources"][0]["url"] = "http://adilet.zan.kz/"; },
     ErrorCode::invalid_value, "/sources/0/url"},
    {"a source read before it was published", [](Json& r) { r["sources"][0]["read"] = "2020-03-26"; },
     ErrorCode::date_order, "/sources/0/read"},
    {"a publication that is no date", [](Json& r) { r["sources"][0]["published"] = "2020-13"; },
     ErrorCode::invalid_date, "/sources/0/published"},
    {"a day off on a weekend",
     [](Json& r) { r["calendar"]["years"][1]["daysOff"][1]["date"] = "2026-01-03"; },
     ErrorCode::invalid_value, "/calendar/years/1/daysOff/1/date"},
    {"days off out of order",
     [](Json& r) {
       std::swap(r["calendar"]["years"][1]["daysOff"][0], r["calendar"]["years"][1]["daysOff"][2]);
     },
     ErrorCode::date_order, "/calendar/years/1/daysOff/1/date"},
    {"a day off in another year",
     [](Json& r) { r["calendar"]["years"][1]["daysOff"][0]["date"] = "2025-12-31"; }, ErrorCode::date_order,
     "/calendar/years/1/daysOff/0/date"},
    {"a day off before the first day covered",
     [](Json& r) { r["calendar"]["years"][0]["daysOff"][0]["date"] = "2025-09-30"; }, ErrorCode::date_order,
     "/calendar/years/0/daysOff/0/date"},
    {"years out of order", [](Json& r) { std::swap(r["calendar"]["years"][1], r["calendar"]["years"][2]); },
     ErrorCode::date_order, "/calendar/years/2/year"},
    {"a working weekend on a weekday",
     [](Json& r) {
       r["calendar"]["years"][1]["workingWeekends"] =
           Json{{{"date", "2026-01-05"}, {"instead", "2026-01-02"}}};
     },
     ErrorCode::invalid_value, "/calendar/years/1/workingWeekends/0/date"},
    {"a working weekend day instead of a day that is no day off",
     [](Json& r) { r["calendar"]["years"][2]["workingWeekends"][0]["instead"] = "2027-01-05"; },
     ErrorCode::unknown_id, "/calendar/years/2/workingWeekends/0/instead"},
    {"a day that is and is not a day off",
     [](Json& r) { r["calendar"]["years"][1]["notDaysOff"][0]["date"] = "2026-07-06"; },
     ErrorCode::invalid_value, "/calendar/years/1/notDaysOff/0/date"},
    {"an unknown holiday", [](Json& r) { r["calendar"]["years"][1]["daysOff"][0]["holiday"] = "christmas"; },
     ErrorCode::unknown_id, "/calendar/years/1/daysOff/0/holiday"},
    {"a week with no working day", [](Json& r) { r["calendar"]["weekend"] = Json{1, 2, 3, 4, 5, 6, 7}; },
     ErrorCode::invalid_value, "/calendar/weekend"},
    {"a year that is only published or estimated",
     [](Json& r) { r["calendar"]["years"][2]["confidence"] = "weekdays_only"; }, ErrorCode::invalid_value,
     "/calendar/years/2/confidence"},
    {"eleven months", [](Json& r) { r["dateFormat"]["months"]["ru"].erase(11); }, ErrorCode::invalid_value,
     "/dateFormat/months/ru"},
    {"a date pattern with a placeholder it is not given",
     [](Json& r) { r["dateFormat"]["dayMonth"]["en"] = "{day} {year}"; }, ErrorCode::invalid_value,
     "/dateFormat/dayMonth/en"},
    {"a version with a space", [](Json& r) { r["version"] = "2026 11"; }, ErrorCode::invalid_value,
     "/version"},
    {"other languages",
     [](Json& r) {
       r["languages"] = Json{"en", "ru"};
     },
     ErrorCode::invalid_value, "/languages"},
    {"a review limit of zero days", [](Json& r) { r["reviewAfterDays"] = 0; }, ErrorCode::invalid_value,
     "/reviewAfterDays"},
    {"too many items",
     [](Json& r) {
       for (int i = 0; i < 50; ++i) r["channels"][0]["items"].push_back(r["channels"][0]["items"][0]);
     },
     ErrorCode::too_large, "/channels/0/items"},
    {"an array where an object belongs", [](Json& r) { r["calendar"] = Json::array(); },
     ErrorCode::wrong_type, "/calendar"},
    // The change log.
    {"an edition listed twice", [](Json& r) { r["changeLog"][1]["version"] = "2025-12"; },
     ErrorCode::duplicate_id, "/changeLog/1/version"},
    {"the file's own edition in its log", [](Json& r) { r["changeLog"][1]["version"] = "2026-11-26"; },
     ErrorCode::duplicate_id, "/changeLog/1/version"},
    {"editions out of order", [](Json& r) { r["changeLog"][0]["asOf"] = "2026-07-01"; },
     ErrorCode::date_order, "/changeLog/0/asOf"},
    {"an edition after the file", [](Json& r) { r["changeLog"][1]["asOf"] = "2026-12-01"; },
     ErrorCode::date_order, "/changeLog/1/asOf"},
    {"an edition without a version", [](Json& r) { r["changeLog"][0].erase("version"); },
     ErrorCode::missing_key, "/changeLog/0"},
    {"a change that says nothing changed", [](Json& r) { r["changeLog"][1]["changes"][0].erase("removed"); },
     ErrorCode::missing_key, "/changeLog/1/changes/0"},
    {"a change without sources", [](Json& r) { r["changeLog"][0]["changes"][2].erase("sources"); },
     ErrorCode::missing_key, "/changeLog/0/changes/2"},
    {"a change citing an unknown source",
     [](Json& r) { r["changeLog"][0]["changes"][2]["sources"][0] = "blog"; }, ErrorCode::unknown_id,
     "/changeLog/0/changes/2/sources/0"},
    {"a change for an unknown channel", [](Json& r) { r["changeLog"][0]["changes"][0]["channel"] = "bus"; },
     ErrorCode::unknown_id, "/changeLog/0/changes/0/channel"},
    {"a category of another channel", [](Json& r) { r["changeLog"][0]["changes"][0]["category"] = "spouse"; },
     ErrorCode::unknown_id, "/changeLog/0/changes/0/category"},
    {"an added document that does not exist",
     [](Json& r) { r["changeLog"][0]["changes"][0]["added"][1] = "visa"; }, ErrorCode::unknown_id,
     "/changeLog/0/changes/0/added/1"},
    {"a removed document without its title",
     [](Json& r) { r["changeLog"][0]["changes"][0]["removed"][0].erase("title"); }, ErrorCode::missing_key,
     "/changeLog/0/changes/0/removed/0"},
    {"an earlier edition with nothing in it",
     [](Json& r) { r["changeLog"][0]["changes"][2]["was"] = Json::object(); }, ErrorCode::invalid_value,
     "/changeLog/0/changes/2/was"},
    {"an earlier end confirmed without its date",
     [](Json& r) { r["changeLog"][0]["changes"][2]["was"]["dates"]["endConfirmed"] = true; },
     ErrorCode::invalid_value, "/changeLog/0/changes/2/was/dates/endConfirmed"},
    {"an earlier way of submitting that is none",
     [](Json& r) { r["changeLog"][0]["changes"][0]["was"]["whoMaySubmit"] = "by_post"; },
     ErrorCode::invalid_value, "/changeLog/0/changes/0/was/whoMaySubmit"},
    {"a change on an unknown answer",
     [](Json& r) {
       r["changeLog"][1]["changes"][1]["when"] = Json{{"passportColour", Json{"red"}}};
     },
     ErrorCode::unknown_id, "/changeLog/1/changes/1/when/passportColour"},
};

TEST(Ruleset, RefusesWhatItWouldNotHonourWithCodeAndPath) {
  for (const Case& c : kRefusals) {
    Json rules = testing::fixture_json();
    c.change(rules);
    const Error error = refused(rules);
    EXPECT_EQ(name(error.code), std::string(name(c.code))) << c.what << ": " << error.describe();
    EXPECT_EQ(error.path, c.path) << c.what << ": " << error.describe();
    EXPECT_FALSE(error.message.empty()) << c.what;
  }
}

TEST(Ruleset, AcceptsTheSameDocumentOnDaysThatDoNotOverlap) {
  Json rules = testing::fixture_json();
  Json& items = rules["channels"][1]["categories"][0]["items"];
  Json later = items[0];
  items[0]["validTo"] = "2026-06-30";
  items[0]["validitySources"] = Json{"kazinform_pilot_2024"};
  later["validFrom"] = "2026-07-01";
  later["validitySources"] = Json{"kazinform_pilot_2024"};
  items.push_back(later);
  const Result<Ruleset> loaded = load_ruleset(rules.dump());
  EXPECT_TRUE(loaded) << loaded.error().describe();
}

TEST(Ruleset, RefusesTextThatIsNoRuleset) {
  EXPECT_EQ(refusal("{\"schema\": 2,").code, ErrorCode::not_json);
  EXPECT_EQ(refusal("[]").code, ErrorCode::wrong_type);
  EXPECT_EQ(refusal("").code, ErrorCode::not_json);
  EXPECT_EQ(refusal(std::string(10000, '[') + std::string(10000, ']')).code, ErrorCode::too_deep);
  EXPECT_EQ(refusal(std::string((1 << 20) + 1, ' ')).code, ErrorCode::too_large);
  const Error twice = refusal(R"({"schema": 2, "schema": 2})");
  EXPECT_EQ(twice.code, ErrorCode::duplicate_key);
  EXPECT_NE(twice.message.find("\"schema\""), std::string::npos);
  const Error broken = refusal("{\"a\": \"\xff\"}");
  EXPECT_EQ(broken.code, ErrorCode::not_json);
  EXPECT_NE(broken.message.find("line 1"), std::string::npos) << broken.message;
}

// What JSON.parse refuses, the engine refuses too, and its messages carry no parser internals.
TEST(Ruleset, RefusesWhatJsonHasNoPlaceFor) {
  using namespace std::string_literals;  // "…"s keeps a NUL inside the text
  const Error bom = refusal("\xEF\xBB\xBF{\"schema\": 2}");
  EXPECT_EQ(bom.code, ErrorCode::not_json);
  EXPECT_NE(bom.message.find("byte-order mark"), std::string::npos) << bom.message;
  const Error nul = refusal("{\"schema\": 2}\0{{garbage"s);
  EXPECT_EQ(nul.code, ErrorCode::not_json);
  EXPECT_NE(nul.message.find("line 1, column 14: a NUL"), std::string::npos) << nul.message;
  EXPECT_EQ(refusal("{\"a\": \"x\0y\"}"s).code, ErrorCode::not_json);
  for (const char* text : {"{\"schema\": 1e400}", "{\"schema\": 2,", "{\"a\": tru}", "[1, 2"}) {
    const Error error = refusal(text);
    EXPECT_EQ(error.code, ErrorCode::not_json) << text;
    EXPECT_EQ(error.message.find("json.exception"), std::string::npos) << error.message;
    EXPECT_EQ(error.message.find('['), std::string::npos) << error.message;
  }
}

}  // namespace
}  // namespace iin
