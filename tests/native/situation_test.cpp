// The whole case in one call (situation_json), on the shipped rules: answers it cannot use are
// left out and named; verdicts never surer than the sources (issue 16): no dated "ready" on a route
// nobody confirms, the PSC as the fallback, the days an office opens, a child at a PSC, and a day
// off not yet announced.
#include <gtest/gtest.h>

#include "fixture.hpp"

namespace iin::testing {
namespace {

const CivilDate kToday{2026, 12, 7};

Json profile(const Json& extra = Json::object()) {
  Json p = {{"schema", 1},
            {"name", {{"en", "Example Embassy"}, {"ru", "Пример посольства"}, {"kk", "Үлгі елшілік"}}},
            {"address", "1 Example Street"},
            {"hours", {{"en", "Mon-Thu"}, {"ru", "Пн-Чт"}, {"kk", "Дс-Бс"}}},
            {"phone", "+1 202 555 0143"},
            {"accepting", true},
            {"confirmed", "2026-12-01"}};
  p.update(extra);
  return p;
}

MissionProfile mission(const Json& extra = Json::object()) {
  Result<MissionProfile> loaded = load_mission_profile(shipped(), profile(extra).dump(), kToday);
  EXPECT_TRUE(loaded) << (loaded ? "" : loaded.error().describe());
  return loaded ? std::move(*loaded) : MissionProfile();
}

// The spouse of a citizen at a consulate, with every paper, applying on `day`.
Json spouse(const char* day) {
  return {{"channel", "consulate"},
          {"category", "spouse"},
          {"today", "2026-12-07"},
          {"applyOn", day},
          {"documentsIssuedIn", "kazakhstan"},
          {"passportScript", "latin"},
          {"have", {"application", "passport", "marriage_certificate"}}};
}

TEST(Situation, ConsulateCompleteInDecember2026HasNoDatedReadyByAndThePscFallback) {
  for (const char* lang : {"en", "ru", "kk"}) {
    Json answers = spouse("2026-12-14");
    answers["lang"] = lang;
    const Json verdict = situation(shipped(), answers)["verdict"];
    EXPECT_TRUE(verdict["ready"].is_null()) << lang;
    EXPECT_EQ(verdict["readiness"], "unconfirmed");
    EXPECT_TRUE(verdict["readyBy"].is_null());
    EXPECT_TRUE(verdict["readyIfComplete"].is_null());
    EXPECT_EQ(verdict["readyByReason"], "route_unconfirmed");
    EXPECT_NE(verdict["readinessText"].get<std::string>().find("2025"), std::string::npos) << lang;
    EXPECT_FALSE(verdict["fallback"].get<std::string>().empty()) << lang;
  }
  const Json en = situation(shipped(), spouse("2026-12-14"))["verdict"];
  EXPECT_EQ(
      en["readinessText"],
      "Your papers match the 2025 list. Nobody has confirmed that this route still takes applications: the "
      "mission must confirm it before you travel.");
  EXPECT_NE(en["fallback"].get<std::string>().find("Public Service Center"), std::string::npos);
  Json ministry = {{"channel", "ministry"}, {"category", "diplomatic_staff"}, {"today", "2026-12-07"}};
  EXPECT_TRUE(situation(shipped(), ministry)["verdict"]["fallback"].is_string());
  EXPECT_TRUE(situation(shipped(), Json{{"channel", "psc"}, {"today", "2026-12-07"}})["verdict"]["fallback"]
                  .is_null());
}

TEST(Situation, AConfirmingProfileRestoresTheDateAndASaturdayWaitsForTheNextOpenWeekday) {
  const MissionProfile confirming = mission();
  const Json monday = situation(shipped(), spouse("2026-12-14"), &confirming)["verdict"];
  EXPECT_EQ(monday["ready"], true);
  EXPECT_EQ(monday["readyBy"], "2026-12-15");
  // Saturday 12 December: the consulate is closed; the application counts from Monday 14th.
  const Json saturday = situation(shipped(), spouse("2026-12-12"), &confirming)["verdict"];
  EXPECT_EQ(saturday["closedOn"]["countedFrom"], "2026-12-14");
  EXPECT_EQ(saturday["readyBy"], "2026-12-15");
  // A mission that receives applicants Monday to Thursday: a Friday waits for Monday.
  const MissionProfile four_days = mission({{"openWeekdays", {1, 2, 3, 4}}});
  const Json friday = situation(shipped(), spouse("2026-12-11"), &four_days)["verdict"];
  EXPECT_EQ(friday["closedOn"]["countedFrom"], "2026-12-14");
  EXPECT_EQ(friday["readyBy"], "2026-12-15");
  EXPECT_EQ(friday["closedOn"]["text"],
            "The mission receives no applicants on 11 December 2026: the term counts from 14 December 2026.");
  // A mission open on Sundays takes a Sunday application that day (the term counts working days).
  const MissionProfile sundays = mission({{"openWeekdays", {1, 2, 3, 4, 7}}});
  const Json sunday = situation(shipped(), spouse("2026-12-13"), &sundays)["verdict"];
  EXPECT_TRUE(sunday["closedOn"].is_null());
  EXPECT_EQ(sunday["readyBy"], "2026-12-14");
}

TEST(Situation, ASaturdayOrTheSixteenthOfDecemberCountsFromTheNextWorkingDayOnEveryRoute) {
  const MissionProfile confirming = mission();
  for (const char* day : {"2026-12-12", "2026-12-16"}) {
    for (const Json& route :
         {Json{{"channel", "psc"}}, Json{{"channel", "consulate"}, {"category", "spouse"}},
          Json{{"channel", "ministry"}, {"category", "diplomatic_staff"}}}) {
      Json answers = route;
      answers["today"] = "2026-12-07";
      answers["applyOn"] = day;
      const Json verdict = situation(shipped(), answers, &confirming)["verdict"];
      ASSERT_TRUE(verdict["closedOn"].is_object()) << day << route.dump();
      EXPECT_EQ(verdict["closedOn"]["countedFrom"],
                std::string(day) == "2026-12-12" ? "2026-12-14" : "2026-12-17")
          << day << route.dump();
    }
  }
}

TEST(Situation, APscChildOfTenWithAParentIsEligibleAndTheParentIsNamed) {
  const Json answers = {{"channel", "psc"},          {"today", "2026-12-07"},
                        {"birthDate", "2016-05-10"}, {"representative", true},
                        {"passportScript", "latin"}, {"have", {"application", "passport", "parent_proof"}}};
  const Json whole = situation(shipped(), answers);
  EXPECT_TRUE(whole["refused"].empty()) << whole["refused"].dump();
  EXPECT_EQ(whole["checklist"]["eligible"], true);
  EXPECT_EQ(whole["checklist"]["eligibility"][0]["code"], "represented_by_parent_or_guardian");
  const Json& items = whole["checklist"]["items"];
  EXPECT_EQ(items.back()["id"], "parent_proof");
  EXPECT_EQ(items.back()["askOffice"], true);
  EXPECT_EQ(whole["verdict"]["ready"], true);
  EXPECT_EQ(whole["verdict"]["representedBy"]["code"], "parent_or_guardian");
  // An adult who says someone else applies is still refused, and is asked for no parent's papers.
  Json adult = answers;
  adult["birthDate"] = "1990-05-10";
  const Json refused = situation(shipped(), adult);
  EXPECT_EQ(refused["checklist"]["eligible"], false);
  EXPECT_TRUE(refused["verdict"]["representedBy"].is_null());
  EXPECT_EQ(refused["checklist"]["items"].size(), 2U);
}

TEST(Situation, KurbanAit2027IsNamedAndBothDaysAreGiven) {
  const Json answers = {{"channel", "psc"},
                        {"today", "2026-12-07"},
                        {"applyOn", "2027-05-14"},
                        {"passportScript", "latin"},
                        {"have", {"application", "passport"}}};
  const Json verdict = situation(shipped(), answers)["verdict"];
  EXPECT_EQ(verdict["readyBy"], "2027-05-18");           // 17 May taken as the day off
  EXPECT_EQ(verdict["readyByIfWorking"], "2027-05-17");  // should it fall on Sunday 16 May
  ASSERT_EQ(verdict["mayBeDaysOff"].size(), 1U);
  EXPECT_EQ(verdict["mayBeDaysOff"][0]["date"], "2027-05-17");
  EXPECT_EQ(verdict["mayBeDaysOff"][0]["holiday"], "kurban_ait");
  EXPECT_NE(verdict["mayBeDaysOff"][0]["text"].get<std::string>().find("16 May"), std::string::npos);
  // A count that does not cross it says nothing of it.
  Json earlier = answers;
  earlier["applyOn"] = "2027-05-12";
  const Json before = situation(shipped(), earlier)["verdict"];
  EXPECT_EQ(before["readyBy"], "2027-05-13");
  EXPECT_TRUE(before["readyByIfWorking"].is_null());
  EXPECT_TRUE(before["mayBeDaysOff"].empty());
}

TEST(Situation, AnswersItCannotUseAreLeftOutAndNamed) {
  const Json answers = {{"channel", "psc"},
                        {"today", "2026-12-07"},
                        {"applyOn", "2026-12-01"},    // before today
                        {"birthDate", "2030-01-01"},  // after today
                        {"passportScript", "cuneiform"},
                        {"have", {"application", "power_of_attorney", "no_such_paper"}},
                        {"since", "1999-01"},
                        {"colour", "blue"}};
  const Json whole = situation(shipped(), answers);
  std::vector<std::string> keys;
  for (const Json& r : whole["refused"]) keys.push_back(r["key"]);
  EXPECT_EQ(keys, (std::vector<std::string>{"passportScript", "have", "have", "colour", "applyOn",
                                            "birthDate", "since"}));
  EXPECT_EQ(whole["applyOn"], "2026-12-07");  // the day of applying falls back to today
  EXPECT_EQ(whole["checklist"]["channel"]["id"], "psc");
  const Json& power = whole["refused"][1];
  EXPECT_EQ(power["value"], "power_of_attorney");
  EXPECT_EQ(power["title"], "Power of attorney");  // from the change log that removed it: never the raw id
  EXPECT_FALSE(whole["refused"][2].contains("title"));  // a paper no edition ever had
  EXPECT_NE(whole["refused"][0]["title"].get<std::string>().find("Latin"),
            std::string::npos);  // the question
  EXPECT_EQ(whole["refused"][6]["code"], "unknown_id");
  // An unknown channel leaves the choices; a category that is not the channel's leaves the channel.
  const Json unknown = situation(shipped(), Json{{"channel", "bus"}, {"today", "2026-12-07"}});
  EXPECT_EQ(unknown["refused"][0]["key"], "channel");
  EXPECT_TRUE(unknown["checklist"].is_null());
  EXPECT_FALSE(unknown["choices"]["channels"].empty());
  // Only a text that is no object, or a missing today, fails the call.
  EXPECT_EQ(situation(shipped(), Json::array())["error"]["code"], "wrong_type");
  EXPECT_EQ(situation(shipped(), Json{{"channel", "psc"}})["error"]["path"], "answers.today");
  // A category still to choose is named with the choices, and leaves the channel chosen.
  const Json consulate = situation(shipped(), Json{{"channel", "consulate"}, {"today", "2026-12-07"}});
  EXPECT_EQ(consulate["refused"][0]["code"], "missing_key");
  EXPECT_TRUE(consulate["refused"][0]["value"].is_null());
  EXPECT_TRUE(consulate["checklist"].is_null());
}

TEST(Situation, AProfileConfirmedInTheFutureOrWithABadWeekIsRefusedWithAPointer) {
  const auto refused = [](const Json& extra) {
    const Result<MissionProfile> loaded = load_mission_profile(shipped(), profile(extra).dump(), kToday);
    return loaded ? Error{} : loaded.error();
  };
  const Error future = refused({{"confirmed", "2026-12-15"}});
  EXPECT_EQ(future.code, ErrorCode::date_order);
  EXPECT_EQ(future.path, "/confirmed");
  const Error empty = refused({{"openWeekdays", Json::array()}});
  EXPECT_EQ(empty.code, ErrorCode::invalid_value);
  EXPECT_EQ(empty.path, "/openWeekdays");
  const Error twice = refused({{"openWeekdays", {1, 2, 2}}});
  EXPECT_EQ(twice.code, ErrorCode::invalid_value);
  EXPECT_EQ(twice.path, "/openWeekdays/2");
}

}  // namespace
}  // namespace iin::testing
