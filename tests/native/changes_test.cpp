// "What changed since your link": the change log read for one situation, on the small fixture
// (two earlier editions, 2025-12 and 2026-06) and on the shipped rules (the 2026-11-25 edition).
#include <gtest/gtest.h>

#include "fixture.hpp"

namespace iin::testing {
namespace {

Json changes(const Ruleset& rules, const std::string& version, const Json& answers) {
  Json request = answers;
  request["since"] = version;
  return part(rules, request, "changes");
}

Json psc(const Json& extra = Json::object()) {
  Json a = {{"channel", "psc"}, {"today", "2026-11-26"}};
  a.update(extra);
  return a;
}

TEST(Changes, ALinkOfTheCurrentEditionShowsNothing) {
  const Json c = changes(fixture(), "2026-11-26", psc());
  EXPECT_FALSE(c["changed"]);
  EXPECT_EQ(c["since"], (Json{{"version", "2026-11-26"}, {"asOf", "2026-11-26"}}));
  EXPECT_TRUE(c["added"].empty());
  EXPECT_TRUE(c["removed"].empty());
  EXPECT_TRUE(c["notes"].empty());
  EXPECT_TRUE(c["status"].is_null());
  EXPECT_TRUE(c["whoMaySubmit"].is_null());
  EXPECT_TRUE(c["term"].is_null());
  EXPECT_TRUE(c["sources"].empty());
}

TEST(Changes, DocumentsAreNettedOverTheEditionsAndCheckedAgainstTodaysChecklist) {
  // 2025-12 → 2026-06 added the birth certificate, 2026-06 → now removed it: nothing for a
  // 2025-12 link; a removal for a 2026-06 link.
  const Json older = changes(fixture(), "2025-12", psc());
  EXPECT_TRUE(older["changed"]);
  EXPECT_EQ(older["since"], (Json{{"version", "2025-12"}, {"asOf", "2025-12-01"}}));
  EXPECT_EQ(ids(older["added"]), (std::vector<std::string>{"passport"}));
  EXPECT_EQ(older["added"][0]["title"], "Passport");
  EXPECT_EQ(ids(older["removed"]), (std::vector<std::string>{"residence_card"}));
  EXPECT_EQ(older["removed"][0]["title"], "Residence card");

  const Json newer = changes(fixture(), "2026-06", psc({{"lang", "ru"}}));
  EXPECT_TRUE(newer["added"].empty());
  EXPECT_EQ(ids(newer["removed"]), (std::vector<std::string>{"birth_certificate"}));
  EXPECT_EQ(newer["removed"][0]["title"], "Свидетельство о рождении");
}

TEST(Changes, AnAddedDocumentCountsOnlyWhereTodaysChecklistListsIt) {
  // The power of attorney is listed only for a representative, and only until the document ended
  // (28 February 2024); the will was logged for spouses but the spouse checklist does not ask for it.
  EXPECT_EQ(
      ids(changes(fixture(), "2025-12", psc({{"representative", true}, {"today", "2024-01-10"}}))["added"]),
      (std::vector<std::string>{"passport", "power_of_attorney"}));
  EXPECT_EQ(ids(changes(fixture(), "2025-12", psc({{"today", "2024-01-10"}}))["added"]),
            (std::vector<std::string>{"passport"}));
  EXPECT_EQ(ids(changes(fixture(), "2025-12", psc({{"representative", true}}))["added"]),
            (std::vector<std::string>{"passport"}));
  const Json spouse = changes(fixture(), "2025-12",
                              {{"channel", "consulate"}, {"category", "spouse"}, {"today", "2025-06-01"}});
  EXPECT_TRUE(spouse["added"].empty());
  ASSERT_EQ(spouse["notes"].size(), 1U);
  EXPECT_EQ(spouse["notes"][0]["text"], "Spouses bring the marriage certificate.");
  EXPECT_EQ(ids(spouse["notes"][0]["sources"]), (std::vector<std::string>{"guide_2026"}));
}

TEST(Changes, WhoMaySubmitAndTheTermThenAndNow) {
  const Json c = changes(fixture(), "2025-12", psc({{"lang", "kk"}}));
  EXPECT_EQ(c["whoMaySubmit"]["from"]["code"], "in_person_or_representative");
  EXPECT_EQ(c["whoMaySubmit"]["to"]["code"], "in_person");
  EXPECT_FALSE(c["whoMaySubmit"]["to"]["text"].get<std::string>().empty());
  EXPECT_EQ(c["term"]["from"], (Json{{"workingDays", nullptr}, {"text", "Бірнеше күн."}}));
  EXPECT_EQ(c["term"]["to"]["workingDays"], 1);
  // A later edition did not change them.
  const Json later = changes(fixture(), "2026-06", psc());
  EXPECT_TRUE(later["whoMaySubmit"].is_null());
  EXPECT_TRUE(later["term"].is_null());
}

TEST(Changes, TheRoutesStatusThenAndOnTheDayOfApplying) {
  const Json spouse = {{"channel", "consulate"}, {"category", "spouse"}};
  Json before_end = spouse;
  before_end["today"] = "2025-12-31";
  EXPECT_TRUE(changes(fixture(), "2025-12", before_end)["status"].is_null());  // in force then and now
  Json after_end = spouse;
  after_end["today"] = "2026-01-01";
  const Json c = changes(fixture(), "2025-12", after_end);
  EXPECT_EQ(c["status"]["from"]["code"], "in_force");
  EXPECT_EQ(c["status"]["to"]["code"], "unconfirmed");
  EXPECT_EQ(c["status"]["to"]["since"], "2026-01-01");
  EXPECT_TRUE(c["changed"]);
  const std::vector<std::string> sources = ids(c["sources"]);
  EXPECT_NE(std::find(sources.begin(), sources.end(), "almatanews_pilot"), sources.end());
}

TEST(Changes, AConditionalChangeShowsWhileItsQuestionIsOpenAndNotOnceAnsweredOtherwise) {
  const auto notes = [](const Json& answers) {
    return changes(fixture(), "2026-06", answers)["notes"].size();
  };
  EXPECT_EQ(notes(psc()), 1U);
  EXPECT_EQ(notes(psc({{"passportScript", "other"}})), 1U);
  EXPECT_EQ(notes(psc({{"passportScript", "latin"}})), 0U);
  // Another channel: the change is about the PSC.
  EXPECT_EQ(notes({{"channel", "consulate"}, {"category", "child"}, {"today", "2026-11-26"}}), 0U);
}

TEST(Changes, AnUnknownEditionIsRefusedWithTheKnownOnes) {
  const Json c = changes(fixture(), "2024-01", psc());
  EXPECT_EQ(c["error"]["code"], "unknown_id");
  EXPECT_EQ(c["error"]["path"], "answers.since");
  EXPECT_EQ(c["error"]["message"],
            "these rules know the editions '2025-12', '2026-06', and its own, '2026-11-26', not '2024-01'");
  EXPECT_EQ(changes(fixture(), "not a version", psc())["error"]["path"], "answers.since");
  EXPECT_EQ(changes(fixture(), "2025-12", {{"channel", "bus"}, {"today", "2026-11-26"}})["error"]["path"],
            "answers.channel");
  EXPECT_EQ(changes(fixture(), "2025-12", {{"channel", "psc"}})["error"]["path"], "answers.today");
}

TEST(Changes, TheShippedEdition20261125ForEachRoute) {
  const Json representative = changes(
      shipped(), "2026-11-25", {{"channel", "psc"}, {"representative", true}, {"today", "2026-11-26"}});
  EXPECT_EQ(ids(representative["removed"]), (std::vector<std::string>{"power_of_attorney"}));
  EXPECT_EQ(representative["whoMaySubmit"]["from"]["code"], "in_person_or_representative");
  EXPECT_EQ(representative["whoMaySubmit"]["to"]["code"], "in_person");
  EXPECT_EQ(representative["term"]["to"]["workingDays"], 1);
  EXPECT_TRUE(representative["term"]["from"]["workingDays"].is_null());
  // The passport's translation and copy; then, since 2026-11-26, duty PSCs on Saturday mornings.
  EXPECT_EQ(representative["notes"].size(), 2U);

  const Json in_person = changes(shipped(), "2026-11-25", {{"channel", "psc"}, {"today", "2026-11-26"}});
  EXPECT_TRUE(in_person["removed"].empty());  // the power of attorney was only a representative's
  EXPECT_EQ(changes(shipped(), "2026-11-25",
                    {{"channel", "psc"}, {"passportScript", "latin"}, {"today", "2026-11-26"}})["notes"]
                .size(),
            2U);  // neither note has a condition: the copy is no longer asked for anyone

  const Json egov = changes(shipped(), "2026-11-25", {{"channel", "egov"}, {"today", "2026-11-26"}});
  EXPECT_EQ(egov["status"]["from"]["code"], "in_force");
  EXPECT_EQ(egov["status"]["to"]["code"], "ended");

  const Json child = changes(shipped(), "2026-11-25",
                             {{"channel", "consulate"}, {"category", "child"}, {"today", "2026-11-26"}});
  EXPECT_EQ(child["status"]["to"]["code"], "unconfirmed");
  // Legalisation (the question is open), the parent applies; then (2026-11-26) days off close the
  // mission; and since 2026-12-07 the passport's translation (its script is unanswered), about 100
  // missions, papers in other languages.
  EXPECT_EQ(child["notes"].size(), 6U);
  const Json child_here = changes(shipped(), "2026-11-25",
                                  {{"channel", "consulate"},
                                   {"category", "child"},
                                   {"documentsIssuedIn", "kazakhstan"},
                                   {"passportScript", "latin"},
                                   {"today", "2025-06-01"}});
  EXPECT_TRUE(child_here["status"].is_null());  // in force on that day, then and now
  EXPECT_EQ(child_here["notes"].size(), 4U);
  // The investor's checklist asks nothing about where papers were issued: no legalisation note.
  const Json investor = changes(
      shipped(), "2026-11-25", {{"channel", "consulate"}, {"category", "investor"}, {"today", "2025-06-01"}});
  ASSERT_FALSE(investor["notes"].empty());  // the investor's papers as copies, since 2026-12-07
  for (const Json& note : investor["notes"]) {
    EXPECT_EQ(note["text"].get<std::string>().find("legalis"), std::string::npos) << note["text"];
  }
}

// D3: what changed is told with the mission profile in use, as the checklist is.
TEST(Changes, TheMissionProfileDecidesTheStatusAndTheCategoriesAsInTheChecklist) {
  const Json profile = {{"schema", 1},
                        {"name", {{"en", "E"}, {"ru", "Е"}, {"kk", "Е"}}},
                        {"address", "1 St"},
                        {"hours", {{"en", "9-12"}, {"ru", "9-12"}, {"kk", "9-12"}}},
                        {"phone", "+1 202 555 0143"},
                        {"accepting", true},
                        {"confirmed", "2026-12-01"},
                        {"extraCategories", {"diplomatic_staff"}}};
  const Result<MissionProfile> mission =
      load_mission_profile(shipped(), profile.dump(), CivilDate{2026, 12, 7});
  ASSERT_TRUE(mission) << mission.error().describe();
  Json answers = {{"channel", "consulate"},
                  {"category", "diplomatic_staff"},
                  {"today", "2027-01-04"},
                  {"since", "2026-11-25"}};
  const Json whole = situation(shipped(), answers, &*mission);
  ASSERT_TRUE(whole["refused"].empty()) << whole.dump(1);
  ASSERT_TRUE(whole["changes"].is_object());
  answers["category"] = "spouse";
  const Json spouse = situation(shipped(), answers, &*mission);
  EXPECT_EQ(spouse["checklist"]["status"]["code"], "in_force");
  EXPECT_TRUE(spouse["changes"]["status"].is_null() ||
              spouse["changes"]["status"]["to"]["code"] == "in_force")
      << spouse["changes"].dump(1);
}

}  // namespace
}  // namespace iin::testing
