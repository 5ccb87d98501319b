// Mission profiles: what the loader accepts and everything it refuses (code and JSON Pointer),
// and what a profile changes: its channel's status, its closed days in "ready by", its extra
// categories, and the profile as the applicant reads it. Every date is pinned.
#include "iin/mission.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "fixture.hpp"

namespace iin {
namespace {
constexpr CivilDate kToday{2026, 12, 7};

using testing::Json;

// A complete profile for the fixture's consulate channel.
Json sample() {
  const Json words = {{"en", "Founders' Day"}, {"ru", "День основателей"}, {"kk", "Негізін қалаушылар күні"}};
  return {
      {"schema", 1},
      {"name", {{"en", "Example Embassy"}, {"ru", "Пример посольства"}, {"kk", "Үлгі елшілік"}}},
      {"address", "1 Example Street, Exampletown"},
      {"hours", {{"en", "Mon-Thu 9:00-12:30"}, {"ru", "Пн-Чт 9:00-12:30"}, {"kk", "Дс-Бс 9:00-12:30"}}},
      {"appointment", "https://example.org/appointments"},
      {"phone", "+1 (202) 555-0143"},
      {"accepting", true},
      {"confirmed", "2026-11-20"},
      {"closedDays",
       Json::array({{{"date", "2026-12-02"}, {"name", words}}, {{"date", "2026-12-25"}, {"name", words}}})},
      {"notes", {{"en", "Bring copies."}, {"ru", "Возьмите копии."}, {"kk", "Көшірмелерін алыңыз."}}},
  };
}

Result<MissionProfile> load(const Json& profile, const Ruleset& rules = testing::fixture()) {
  return load_mission_profile(rules, profile.dump(), CivilDate{2026, 12, 7});
}

TEST(Mission, LoadsAndSummarises) {
  const Result<MissionProfile> mission = load(sample());
  ASSERT_TRUE(mission) << mission.error().describe();
  EXPECT_EQ(mission->channel, testing::fixture().channels.find("consulate"));  // the default channel
  EXPECT_TRUE(mission->accepting);
  EXPECT_EQ(format_iso_date(mission->confirmed), "2026-11-20");
  EXPECT_TRUE(mission->closed_on(CivilDate{2026, 12, 25}));
  EXPECT_FALSE(mission->closed_on(CivilDate{2026, 12, 24}));
  const Json summary =
      Json::parse(mission_json(testing::fixture(), *mission, Language::kk, CivilDate{2026, 12, 7}));
  EXPECT_EQ(summary["channel"], "consulate");
  EXPECT_EQ(summary["name"], "Үлгі елшілік");
  EXPECT_EQ(summary["accepting"], true);
  EXPECT_EQ(summary["confirmed"], "2026-11-20");

  Json phone_only = sample();
  phone_only.erase("appointment");
  EXPECT_TRUE(load(phone_only));
  Json international = sample();  // an international domain as browsers show it, a path with @ and Cyrillic
  international["appointment"] = "https://xn--gov-tdd.kz/@mission/\u0437\u0430\u043f\u0438\u0441\u044c?a=b#c";
  EXPECT_TRUE(load(international));
  Json named = sample();
  named["channel"] = "psc";
  ASSERT_TRUE(load(named));
  EXPECT_EQ(load(named)->channel, testing::fixture().channels.find("psc"));
}

struct Case {
  const char* what;
  std::function<void(Json&)> change;
  ErrorCode code;
  const char* path;
};

const Case kRefusals[] = {
    {"another schema", [](Json& p) { p["schema"] = 2; }, ErrorCode::unsupported_schema, "/schema"},
    {"no schema", [](Json& p) { p.erase("schema"); }, ErrorCode::missing_key, ""},
    {"a missing name", [](Json& p) { p.erase("name"); }, ErrorCode::missing_key, ""},
    {"a typo in a key", [](Json& p) { p["adress"] = "x"; }, ErrorCode::unknown_key, "/adress"},
    {"a name without Kazakh", [](Json& p) { p["name"].erase("kk"); }, ErrorCode::missing_key, "/name"},
    {"a fourth language", [](Json& p) { p["name"]["de"] = "Botschaft"; }, ErrorCode::unknown_key, "/name/de"},
    {"an empty name", [](Json& p) { p["name"]["ru"] = ""; }, ErrorCode::invalid_value, "/name/ru"},
    {"a placeholder", [](Json& p) { p["notes"]["en"] = "Hello {name}"; }, ErrorCode::invalid_value,
     "/notes/en"},
    {"a name as a string", [](Json& p) { p["name"] = "Embassy"; }, ErrorCode::wrong_type, "/name"},
    {"an address on two lines", [](Json& p) { p["address"] = "1 Street\nTown"; }, ErrorCode::invalid_value,
     "/address"},
    {"a blank address", [](Json& p) { p["address"] = "   "; }, ErrorCode::invalid_value, "/address"},
    {"a long address", [](Json& p) { p["address"] = std::string(301, 'a'); }, ErrorCode::invalid_value,
     "/address"},
    {"an http link", [](Json& p) { p["appointment"] = "http://example.org/book"; }, ErrorCode::invalid_value,
     "/appointment"},
    {"a javascript link", [](Json& p) { p["appointment"] = "javascript:alert(1)"; }, ErrorCode::invalid_value,
     "/appointment"},
    {"a link with a space", [](Json& p) { p["appointment"] = "https://example.org/a b"; },
     ErrorCode::invalid_value, "/appointment"},
    {"a link with a user name", [](Json& p) { p["appointment"] = "https://gov.kz@evil.example/book"; },
     ErrorCode::invalid_value, "/appointment"},
    {"a link with a password", [](Json& p) { p["appointment"] = "https://a:b@example.org/book"; },
     ErrorCode::invalid_value, "/appointment"},
    {"a link with no host", [](Json& p) { p["appointment"] = "https:///evil.example/aa"; },
     ErrorCode::invalid_value, "/appointment"},
    {"a link with a backslash", [](Json& p) { p["appointment"] = "https://evil.example\\@gov.kz/"; },
     ErrorCode::invalid_value, "/appointment"},
    {"a link with a direction override",
     [](Json& p) { p["appointment"] = "https://gov.kz/\u202Eelpmaxe.live"; }, ErrorCode::invalid_value,
     "/appointment"},
    {"a link with an isolate", [](Json& p) { p["appointment"] = "https://gov.kz/a\u2067b"; },
     ErrorCode::invalid_value, "/appointment"},
    {"a look-alike domain (Cyrillic е)", [](Json& p) { p["appointment"] = "https://\u0435gov.kz/book"; },
     ErrorCode::invalid_value, "/appointment"},
    {"a phone without +", [](Json& p) { p["phone"] = "202 555 0143"; }, ErrorCode::invalid_value, "/phone"},
    {"a phone with letters", [](Json& p) { p["phone"] = "+1 202 CALL NOW"; }, ErrorCode::invalid_value,
     "/phone"},
    {"a phone too short", [](Json& p) { p["phone"] = "+1 234"; }, ErrorCode::invalid_value, "/phone"},
    {"a phone too long", [](Json& p) { p["phone"] = "+1 234 567 890 123 456"; }, ErrorCode::invalid_value,
     "/phone"},
    {"no way to reach the mission",
     [](Json& p) {
       p.erase("phone");
       p.erase("appointment");
     },
     ErrorCode::missing_key, ""},
    {"accepting as text", [](Json& p) { p["accepting"] = "yes"; }, ErrorCode::wrong_type, "/accepting"},
    {"no accepting", [](Json& p) { p.erase("accepting"); }, ErrorCode::missing_key, ""},
    {"an impossible date", [](Json& p) { p["confirmed"] = "2026-02-30"; }, ErrorCode::invalid_date,
     "/confirmed"},
    {"a date written otherwise", [](Json& p) { p["confirmed"] = "20.11.2026"; }, ErrorCode::invalid_date,
     "/confirmed"},
    {"an unknown channel", [](Json& p) { p["channel"] = "embassy"; }, ErrorCode::unknown_id, "/channel"},
    {"closed days out of order", [](Json& p) { std::swap(p["closedDays"][0], p["closedDays"][1]); },
     ErrorCode::date_order, "/closedDays/1/date"},
    {"a closed day twice", [](Json& p) { p["closedDays"][1]["date"] = "2026-12-02"; }, ErrorCode::date_order,
     "/closedDays/1/date"},
    {"a closed day that is no date", [](Json& p) { p["closedDays"][0]["date"] = "2026-13-01"; },
     ErrorCode::invalid_date, "/closedDays/0/date"},
    {"a closed day with a note", [](Json& p) { p["closedDays"][0]["note"] = "x"; }, ErrorCode::unknown_key,
     "/closedDays/0/note"},
    {"a closed day without a name", [](Json& p) { p["closedDays"][0].erase("name"); }, ErrorCode::missing_key,
     "/closedDays/0"},
    {"101 closed days",
     [](Json& p) {
       Json days = Json::array();
       for (int i = 0; i < 101; ++i) days.push_back(p["closedDays"][0]);
       p["closedDays"] = days;
     },
     ErrorCode::too_large, "/closedDays"},
    {"an unknown category", [](Json& p) { p["extraCategories"] = {"astronaut"}; }, ErrorCode::unknown_id,
     "/extraCategories/0"},
    {"a category of its own channel", [](Json& p) { p["extraCategories"] = {"spouse"}; },
     ErrorCode::invalid_value, "/extraCategories/0"},
    {"a category that is no id", [](Json& p) { p["extraCategories"] = {"Spouse"}; }, ErrorCode::invalid_value,
     "/extraCategories/0"},
    {"a category as a number", [](Json& p) { p["extraCategories"] = {7}; }, ErrorCode::wrong_type,
     "/extraCategories/0"},
};

TEST(Mission, RefusesWithCodeAndPointer) {
  for (const Case& c : kRefusals) {
    Json profile = sample();
    c.change(profile);
    const Result<MissionProfile> loaded = load(profile);
    ASSERT_FALSE(loaded) << c.what;
    EXPECT_EQ(name(loaded.error().code), std::string(name(c.code)))
        << c.what << ": " << loaded.error().describe();
    EXPECT_EQ(loaded.error().path, c.path) << c.what << ": " << loaded.error().describe();
    EXPECT_FALSE(loaded.error().message.empty()) << c.what;
  }
}

TEST(Mission, RefusesWhatIsNoProfileAtAll) {
  const Ruleset& rules = testing::fixture();
  EXPECT_EQ(load_mission_profile(rules, "{", kToday).error().code, ErrorCode::not_json);
  EXPECT_EQ(load_mission_profile(rules, "", kToday).error().code, ErrorCode::not_json);
  EXPECT_EQ(load_mission_profile(rules, "[]", kToday).error().code, ErrorCode::wrong_type);
  EXPECT_EQ(load_mission_profile(rules, "{\"schema\":1,\"schema\":1}", kToday).error().code,
            ErrorCode::duplicate_key);
  EXPECT_EQ(load_mission_profile(rules, std::string(70000, ' ') + "{}", kToday).error().code,
            ErrorCode::too_large);
  std::string deep;
  for (int i = 0; i < 9; ++i) deep += "{\"a\":";
  EXPECT_EQ(load_mission_profile(rules, deep + "1" + std::string(9, '}'), kToday).error().code,
            ErrorCode::too_deep);
}

TEST(Mission, NeedsRulesThatHaveItsPhrases) {
  Json rules = testing::fixture_json();
  rules["phrases"].erase("mission_closed_day");
  const Result<Ruleset> without = load_ruleset(rules.dump());
  ASSERT_TRUE(without) << without.error().describe();  // rules without a profile do not need them
  const Result<MissionProfile> loaded = load(sample(), *without);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().code, ErrorCode::missing_key);
  EXPECT_NE(loaded.error().message.find("mission_closed_day"), std::string::npos);
}

// --- what a profile changes ------------------------------------------------------------------------

Json choices(const MissionProfile* mission, const char* day) {
  return testing::choices(testing::fixture(), Json{{"today", day}, {"lang", "en"}}, mission);
}

Json channel_status(const Json& choices, const char* id) {
  for (const Json& channel : choices["channels"]) {
    if (channel["id"] == id) return channel["status"];
  }
  return nullptr;
}

Json assess(const MissionProfile* mission, const Json& answers) {
  return testing::assess(testing::fixture(), answers, mission);
}

// Everything the fixture's documents: a package with nothing missing.
Json holding_everything(Json answers) {
  answers["have"] = Json::array();
  for (const JsonValue& d : testing::fixture().root.list("documents"))
    answers["have"].push_back(d.text("id"));
  return answers;
}

const Json kSenior = {{"channel", "consulate"}, {"category", "senior"}, {"birthDate", "1950-01-01"}};

Json senior_on(const char* today, const char* apply_on = nullptr) {
  Json a = kSenior;
  a["today"] = today;
  if (apply_on) a["applyOn"] = apply_on;
  return holding_everything(a);
}

TEST(Mission, AcceptingOverridesAnUnconfirmedRouteAndSaysSo) {
  const Result<MissionProfile> mission = load(sample());
  ASSERT_TRUE(mission);
  EXPECT_EQ(channel_status(choices(nullptr, "2026-11-27"), "consulate")["code"], "unconfirmed");
  const Json status = channel_status(choices(&*mission, "2026-11-27"), "consulate");
  EXPECT_EQ(status["code"], "in_force");
  EXPECT_EQ(status["missionConfirmed"], "2026-11-20");
  EXPECT_EQ(status["text"],
            "Example Embassy confirmed on 20 November 2026 that it accepts applications (the mission's own "
            "word; the "
            "national sources do not confirm it).");
  EXPECT_EQ(channel_status(choices(&*mission, "2026-11-27"), "psc"),
            channel_status(choices(nullptr, "2026-11-27"), "psc"));  // other channels as they were

  EXPECT_EQ(assess(nullptr, senior_on("2026-11-27"))["status"]["code"], "unconfirmed");
  const Json verdict = assess(&*mission, senior_on("2026-11-27"));
  EXPECT_EQ(verdict["ready"], true) << verdict.dump(1);
  EXPECT_EQ(verdict["status"]["code"], "in_force");
}

TEST(Mission, NotAcceptingClosesTheRoute) {
  Json profile = sample();
  profile["accepting"] = false;
  const Result<MissionProfile> mission = load(profile);
  ASSERT_TRUE(mission);
  const Json verdict = assess(&*mission, senior_on("2026-11-27"));
  EXPECT_EQ(verdict["ready"], false);
  EXPECT_EQ(verdict["status"]["code"], "not_accepting");
  EXPECT_EQ(verdict["status"]["text"],
            "Example Embassy said on 20 November 2026 that it does not accept applications now. This is the "
            "mission's own word.");
  ASSERT_FALSE(verdict["grounds"].empty());
  EXPECT_EQ(verdict["grounds"][0]["code"], "not_in_force");
  EXPECT_EQ(verdict["readyBy"], nullptr);
  // Still a choice, with its status: not moved to the history like a route that ended.
  EXPECT_EQ(channel_status(choices(&*mission, "2026-11-27"), "consulate")["code"], "not_accepting");
}

TEST(Mission, ItsWordCountsForReviewAfterDaysAndNeverOpensWhatTheLawHasNot) {
  const Result<MissionProfile> mission = load(sample());
  ASSERT_TRUE(mission);
  // 20 November 2026 + 400 days = 25 December 2027: the last day its word counts.
  EXPECT_EQ(channel_status(choices(&*mission, "2027-12-25"), "consulate")["code"], "in_force");
  const Json stale = channel_status(choices(&*mission, "2027-12-26"), "consulate");
  EXPECT_EQ(stale["code"], "unconfirmed");
  EXPECT_FALSE(stale.contains("missionConfirmed"));
  // Before the route began (validFrom 2025-04-18), the mission cannot open it.
  EXPECT_EQ(channel_status(choices(&*mission, "2025-01-06"), "consulate")["code"], "not_yet");
}

TEST(Mission, ClosedDaysPushReadyByAndAreNamed) {
  const Result<MissionProfile> mission = load(sample());
  ASSERT_TRUE(mission);
  // Tuesday 1 December 2026, one working day: Wednesday 2 December, unless the mission is closed then.
  Json without_closed = sample();
  without_closed.erase("closedDays");
  const Result<MissionProfile> open = load(without_closed);
  EXPECT_EQ(assess(&*open, senior_on("2026-12-01"))["readyBy"], "2026-12-02");
  const Json verdict = assess(&*mission, senior_on("2026-12-01"));
  EXPECT_EQ(verdict["readyBy"], "2026-12-03");
  ASSERT_EQ(verdict["daysOffSkipped"].size(), 1U);
  EXPECT_EQ(verdict["daysOffSkipped"][0]["date"], "2026-12-02");
  EXPECT_EQ(verdict["daysOffSkipped"][0]["holiday"], "mission_closed");
  EXPECT_EQ(verdict["daysOffSkipped"][0]["text"], "2 December: the mission is closed (Founders' Day).");

  // Applying on the closed day itself: the count starts on the next day the mission is open.
  const Json closed = assess(&*mission, senior_on("2026-12-01", "2026-12-02"));
  ASSERT_TRUE(closed["closedOn"].is_object()) << closed.dump(1);
  EXPECT_EQ(closed["closedOn"]["countedFrom"], "2026-12-03");
  EXPECT_EQ(closed["closedOn"]["text"],
            "The mission is closed on 2 December 2026 (Founders' Day). The next working day is 3 December "
            "2026; the "
            "term is counted from then.");
  EXPECT_EQ(closed["readyBy"], "2026-12-04");

  // Another channel never counts the mission's days.
  Json psc = holding_everything({{"channel", "psc"}, {"today", "2026-12-01"}});
  EXPECT_EQ(assess(&*mission, psc)["readyBy"], assess(nullptr, psc)["readyBy"]);
}

TEST(Mission, ExtraCategoriesBecomeChoicesOfItsChannel) {
  const Ruleset& rules = testing::shipped();
  Json profile = sample();
  profile["extraCategories"] = {"diplomatic_staff"};  // the ministry's, in the shipped rules
  const Result<MissionProfile> mission = load(profile, rules);
  ASSERT_TRUE(mission) << mission.error().describe();
  const Json answers = {{"channel", "consulate"}, {"category", "diplomatic_staff"}, {"today", "2026-11-27"}};
  const Json refused = testing::checklist(rules, answers);
  EXPECT_EQ(refused["error"]["path"], "answers.category");
  const Json list = testing::checklist(rules, answers, &*mission);
  ASSERT_FALSE(list.contains("error")) << list.dump(1);
  EXPECT_EQ(list["category"]["id"], "diplomatic_staff");
  EXPECT_EQ(list["status"]["code"], "in_force");  // the mission accepts: its word decides

  const Json offered = testing::choices(rules, Json{{"today", "2026-11-27"}}, &*mission);
  for (const Json& channel : offered["channels"]) {
    if (channel["id"] != "consulate") continue;
    EXPECT_EQ(testing::ids(channel["categories"]).back(), "diplomatic_staff");
  }
  const Json shown = Json::parse(mission_json(rules, *mission, Language::ru, CivilDate{2026, 11, 27}));
  ASSERT_EQ(shown["extraCategories"].size(), 1U);
  EXPECT_EQ(shown["extraCategories"][0]["id"], "diplomatic_staff");
}

TEST(Mission, ReadsInTheApplicantsLanguage) {
  const Result<MissionProfile> mission = load(sample());
  ASSERT_TRUE(mission);
  const Json shown =
      Json::parse(mission_json(testing::fixture(), *mission, Language::kk, CivilDate{2026, 12, 3}));
  EXPECT_EQ(shown["name"], "Үлгі елшілік");
  EXPECT_EQ(shown["address"], "1 Example Street, Exampletown");
  EXPECT_EQ(shown["appointment"], "https://example.org/appointments");
  EXPECT_EQ(shown["phone"], "+1 (202) 555-0143");
  EXPECT_EQ(shown["status"]["code"], "in_force");
  EXPECT_EQ(shown["notes"], "Көшірмелерін алыңыз.");
  ASSERT_EQ(shown["closedDays"].size(), 1U);  // from the day asked about on
  EXPECT_EQ(shown["closedDays"][0]["date"], "2026-12-25");
  EXPECT_EQ(shown["closedDays"][0]["name"], "Негізін қалаушылар күні");
}

}  // namespace
}  // namespace iin
