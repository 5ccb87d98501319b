// The engine on the fixture ruleset: statuses on each side of every date, conditions and groups,
// eligibility, the verdict, working days and the words it writes. Every request names `today`.
#include "iin/checklist.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "fixture.hpp"

namespace iin {
namespace {

using testing::ids;
using testing::Json;

const Ruleset& rules() { return testing::fixture(); }

// Answers for a day of applying (also "today": no day in these tests is in the past).
Json on(const char* day, Json answers) {
  answers["today"] = day;
  answers["applyOn"] = day;
  return answers;
}
Json checklist(const Json& answers) { return testing::checklist(rules(), answers); }
Json assess(const Json& answers) { return testing::assess(rules(), answers); }

const Json kPsc = {{"channel", "psc"}};
const Json kSpouse = {{"channel", "consulate"}, {"category", "spouse"}};

// The ruleset with one change, loaded.
Ruleset changed(const std::function<void(Json&)>& change) {
  Json json = testing::fixture_json();
  change(json);
  Result<Ruleset> loaded = load_ruleset(json.dump());
  EXPECT_TRUE(loaded) << (loaded ? "" : loaded.error().describe());
  return loaded ? std::move(*loaded) : Ruleset();
}

// --- statuses, on the day before, the day of and the day after each date ---------------------------

std::string status_code(const char* day, const Json& answers) {
  return checklist(on(day, answers))["status"]["code"];
}

TEST(Status, ThePilotIsNotYetThenInForceThenUnconfirmed) {
  EXPECT_EQ(status_code("2025-04-17", kSpouse), "not_yet");
  EXPECT_EQ(status_code("2025-04-18", kSpouse), "in_force");
  EXPECT_EQ(status_code("2025-12-31", kSpouse), "in_force");
  EXPECT_EQ(status_code("2026-01-01", kSpouse), "unconfirmed");

  const Json before = checklist(on("2025-04-17", kSpouse))["status"];
  EXPECT_EQ(before["since"], "2025-04-18");
  EXPECT_EQ(before["until"], "2025-12-31");
  const Json during = checklist(on("2025-06-02", kSpouse))["status"];
  EXPECT_EQ(during["text"], "In force until 31 December 2025.");
  EXPECT_EQ(during["since"], "2025-04-18");
  const Json after = checklist(on("2026-01-01", kSpouse))["status"];
  EXPECT_EQ(after["since"], "2026-01-01");
  EXPECT_FALSE(after.contains("until"));
  EXPECT_EQ(after["text"],
            "Set to end on 31 December 2025; no source confirms it goes on. The pilot was set to end on 31 "
            "December "
            "2025; confirm with the mission.");
}

TEST(Status, AnUnconfirmedRouteStaysAChoiceAndStillListsItsDocuments) {
  const Json list = checklist(on("2026-11-25", kSpouse));
  EXPECT_EQ(ids(list["items"]),
            (std::vector<std::string>{"application", "passport", "marriage_certificate"}));
  const Json verdict =
      assess(on("2026-11-25", Json{{"channel", "consulate"},
                                   {"category", "spouse"},
                                   {"documentsIssuedIn", "kazakhstan"},
                                   {"have", {"application", "passport", "marriage_certificate"}}}));
  // Issue 16 §1: complete papers on a route nobody confirms are no plain "ready", and get no date.
  EXPECT_TRUE(verdict["ready"].is_null());
  EXPECT_EQ(verdict["readiness"], "unconfirmed");
  EXPECT_TRUE(verdict["readyBy"].is_null());
  EXPECT_EQ(verdict["readyByReason"], "route_unconfirmed");
  EXPECT_EQ(verdict["status"]["code"], "unconfirmed");
}

TEST(Status, AnEndedRouteIsHistoryAndItsPackageIsRefused) {
  EXPECT_EQ(status_code("2024-02-28", Json{{"channel", "egov"}}), "in_force");
  const Json ended = checklist(on("2024-02-29", Json{{"channel", "egov"}}))["status"];
  EXPECT_EQ(ended["code"], "ended");
  EXPECT_EQ(ended["since"], "2024-02-29");
  EXPECT_EQ(ended["text"], "Ended: the last day was 28 February 2024.");
  const Json verdict = assess(on("2026-11-25", Json{{"channel", "egov"}, {"have", {"application"}}}));
  EXPECT_EQ(verdict["ready"], false);
  EXPECT_EQ(ids(verdict["grounds"], "code"), std::vector<std::string>{"not_in_force"});
  EXPECT_EQ(verdict["grounds"][0]["sources"][0]["id"], "zakon_2024");  // the source that says it ended
  EXPECT_NE(verdict["grounds"][0]["title"].get<std::string>().find("28 February 2024"), std::string::npos);
}

TEST(Status, ARouteNotYetOpenIsRefused) {
  const Json verdict = assess(on("2025-04-17", Json{{"channel", "consulate"},
                                                    {"category", "senior"},
                                                    {"birthDate", "1950-01-01"},
                                                    {"have", {"application", "passport"}}}));
  EXPECT_EQ(verdict["ready"], false);
  EXPECT_EQ(ids(verdict["grounds"], "code"), std::vector<std::string>{"not_in_force"});
}

TEST(Status, ACategoryShowsTheWorseOfItsOwnAndItsChannels) {
  const Json plant = {{"channel", "consulate"}, {"category", "plant_protection"}};
  const Json on_14 = checklist(on("2025-04-14", plant));  // both not yet: the channel's words
  EXPECT_EQ(on_14["status"]["since"], "2025-04-18");
  EXPECT_EQ(on_14["category"]["status"]["since"], "2025-04-15");
  EXPECT_EQ(on_14["category"]["status"]["code"], "not_yet");
  const Json on_15 = checklist(on("2025-04-15", plant));
  EXPECT_EQ(on_15["category"]["status"]["code"], "in_force");
  EXPECT_EQ(on_15["status"]["code"], "not_yet");
  EXPECT_EQ(on_15["channel"]["status"]["code"], "not_yet");
  EXPECT_EQ(checklist(on("2025-04-18", plant))["status"]["code"], "in_force");
}

TEST(Status, ARuleWhoseSourcesWereNotReadForTooLongIsUnconfirmed) {
  // The PSC's source was read on 2026-11-20; the data allows 400 days.
  EXPECT_EQ(status_code("2027-12-25", kPsc), "in_force");
  const Json stale = checklist(on("2027-12-26", kPsc))["status"];
  EXPECT_EQ(stale["code"], "unconfirmed");
  EXPECT_EQ(stale["since"], "2027-12-26");
  EXPECT_EQ(stale["text"], "Its sources were last read on 20 November 2026; it may have changed.");
}

TEST(Status, ItemsAndDocumentsOutOfForceAreLeftOut) {
  // The power of attorney was a document until 28 February 2024 (and only for a representative).
  const Json rep = {{"channel", "psc"}, {"representative", true}};
  EXPECT_EQ(ids(checklist(on("2024-02-28", rep))["items"]),
            (std::vector<std::string>{"application", "passport", "power_of_attorney"}));
  EXPECT_EQ(ids(checklist(on("2024-02-29", rep))["items"]),
            (std::vector<std::string>{"application", "passport"}));
  EXPECT_EQ(ids(checklist(on("2024-02-28", kPsc))["items"]),
            (std::vector<std::string>{"application", "passport"}));
}

TEST(Status, GroundsNotesAndTermsCountOnlyOnTheirDays) {
  const Ruleset dated = changed([](Json& r) {
    Json& psc = r["channels"][0];
    psc["refuseToForm"][0]["validFrom"] = "2026-12-01";
    psc["refuseToForm"][0]["validitySources"] = Json{"psc_rules"};
    psc["notes"][0]["validTo"] = "2026-11-30";
    psc["notes"][0]["validitySources"] = Json{"psc_rules"};
    psc["terms"][0]["validFrom"] = "2026-12-01";
    psc["terms"][0]["validitySources"] = Json{"gov_kz_iin"};
  });
  const Json before = testing::checklist(dated, on("2026-11-30", kPsc));
  EXPECT_EQ(before["refusalGrounds"]["form"].size(), 0U);
  EXPECT_EQ(ids(before["notes"]), std::vector<std::string>{"correction_by_representative"});
  EXPECT_TRUE(before["term"]["workingDays"].is_null());
  EXPECT_EQ(before["term"]["note"], "No fixed term is published.");
  const Json from = testing::checklist(dated, on("2026-12-01", kPsc));
  EXPECT_EQ(ids(from["refusalGrounds"]["form"], "code"),
            std::vector<std::string>{"previously_registered_iin"});
  EXPECT_EQ(from["notes"].size(), 0U);
  EXPECT_EQ(from["term"]["workingDays"], 1);
}

// --- the choices ----------------------------------------------------------------------------------

TEST(Choices, CurrentRoutesWithStatusesAndEndedOnesAsHistory) {
  const Json today = testing::choices(rules(), Json{{"today", "2026-11-25"}});
  EXPECT_EQ(today["applyOn"], "2026-11-25");
  EXPECT_EQ(ids(today["channels"]), (std::vector<std::string>{"psc", "consulate"}));
  EXPECT_EQ(today["channels"][1]["status"]["code"], "unconfirmed");
  EXPECT_EQ(today["channels"][1]["categories"][0]["status"]["code"], "unconfirmed");
  EXPECT_EQ(today["channels"][0]["whoMaySubmit"]["code"], "in_person");
  EXPECT_EQ(ids(today["history"]), (std::vector<std::string>{"egov", "pilot_2024", "senior_2000"}));
  const Json& egov = today["history"][0];
  EXPECT_EQ(egov["kind"], "channel");
  EXPECT_EQ(egov["to"], "2024-02-28");
  EXPECT_EQ(egov["period"], "Until 28 February 2024.");
  EXPECT_EQ(egov["disputed"].size(), 1U);
  EXPECT_EQ(today["history"][1]["period"], "From 13 April 2024 to 31 December 2024.");
  EXPECT_EQ(ids(today["sourceKinds"])[0], "act");
  const std::vector<std::string> sources = ids(today["sources"]);
  EXPECT_EQ(sources.size(), 9U);
  EXPECT_EQ(sources[0], "psc_rules");  // acts first, the later publication first
  EXPECT_EQ(sources[1], "holidays_law");
  EXPECT_EQ(sources.back(), "guide_2026");

  const Json then = testing::choices(rules(), Json{{"today", "2024-02-28"}, {"lang", "ru"}});
  EXPECT_EQ(ids(then["channels"]), (std::vector<std::string>{"psc", "consulate", "egov"}));
  EXPECT_EQ(then["channels"][1]["status"]["code"], "not_yet");
  EXPECT_EQ(then["channels"][1]["title"], "В посольстве или консульстве");
}

TEST(Choices, AnEndedCategoryIsHistoryWhileItsChannelStaysAChoice) {
  const Ruleset ended = changed([](Json& r) {
    Json& senior = r["channels"][0];
    (void)senior;
    Json& category = r["channels"][1]["categories"][3];
    category["validTo"] = "2025-06-30";
    category["endConfirmed"] = true;
    category["validitySources"] = Json{"almatanews_pilot"};
  });
  const Json choices = testing::choices(ended, Json{{"today", "2025-07-01"}});
  EXPECT_EQ(ids(choices["channels"][1]["categories"]),
            (std::vector<std::string>{"spouse", "child", "inheritance", "plant_protection"}));
  EXPECT_EQ(choices["history"][0]["kind"], "category");
  EXPECT_EQ(choices["history"][0]["category"], "senior");
  EXPECT_EQ(choices["history"][0]["channel"], "consulate");
}

// --- questions and conditions ----------------------------------------------------------------------

TEST(Questions, AFormOnAnUnansweredQuestionIsListedAsConditional) {
  const Json list = checklist(on("2026-11-25", kPsc));
  const Json& passport = list["items"][1];
  EXPECT_EQ(passport["notarizedTranslation"]["questions"], Json{"passportScript"});
  EXPECT_EQ(passport["notarizedTranslation"]["text"],
            "Only if the answer to “How is your name written in your passport?” is “In neither”.");
  EXPECT_EQ(ids(list["questions"]), std::vector<std::string>{"passportScript"});
  EXPECT_TRUE(list["questions"][0]["answer"].is_null());
  EXPECT_EQ(ids(list["questions"][0]["options"]), (std::vector<std::string>{"latin", "cyrillic", "other"}));

  const auto translation = [](const char* script) {
    return checklist(on("2026-11-25", Json{{"channel", "psc"},
                                           {"passportScript", script}}))["items"][1]["notarizedTranslation"];
  };
  EXPECT_EQ(translation("other"), true);
  EXPECT_EQ(translation("latin"), false);
  EXPECT_EQ(translation("cyrillic"), false);
  EXPECT_EQ(checklist(on("2026-11-25",
                         Json{{"channel", "psc"}, {"passportScript", "latin"}}))["questions"][0]["answer"],
            "latin");
  EXPECT_TRUE(
      checklist(on("2026-11-25",
                   Json{{"channel", "psc"}, {"passportScript", nullptr}}))["items"][1]["notarizedTranslation"]
          .is_object());
}

TEST(Questions, AreAskedOnlyWhereAnItemTurnsOnThem) {
  EXPECT_EQ(ids(checklist(on("2026-11-25", kSpouse))["questions"]),
            std::vector<std::string>{"documentsIssuedIn"});
  EXPECT_EQ(
      checklist(on("2026-11-25", Json{{"channel", "consulate"}, {"category", "inheritance"}}))["questions"]
          .size(),
      0U);
  const Json legalised = checklist(
      on("2026-11-25",
         Json{{"channel", "consulate"}, {"category", "spouse"}, {"documentsIssuedIn", "other_country"}}));
  EXPECT_EQ(legalised["items"][2]["legalised"], true);
  const Json convention = checklist(on(
      "2026-11-25",
      Json{{"channel", "consulate"}, {"category", "spouse"}, {"documentsIssuedIn", "convention_country"}}));
  EXPECT_EQ(convention["items"][2]["legalised"], false);
}

TEST(Questions, AnswersAreCheckedAgainstTheOptions) {
  const Json wrong = checklist(on("2026-11-25", Json{{"channel", "psc"}, {"passportScript", "arabic"}}));
  EXPECT_EQ(wrong["error"]["code"], "unknown_id");
  EXPECT_EQ(wrong["error"]["path"], "answers.passportScript");
  EXPECT_EQ(wrong["error"]["message"],
            "must be one of 'latin', 'cyrillic', 'other', or null while unanswered");
  const Json type = checklist(on("2026-11-25", Json{{"channel", "psc"}, {"passportScript", 2}}));
  EXPECT_EQ(type["error"]["code"], "wrong_type");
  const Json unknown = checklist(on("2026-11-25", Json{{"channel", "psc"}, {"eyeColour", "blue"}}));
  EXPECT_EQ(unknown["error"]["code"], "unknown_key");
  EXPECT_EQ(unknown["error"]["path"], "answers.eyeColour");
}

TEST(Questions, AConditionalItemIsListedAsSuchAndWaitsInTheVerdict) {
  const Ruleset conditional = changed([](Json& r) {
    Json& certificate = r["channels"][1]["categories"][0]["items"][0];
    certificate.erase("legalised");
    certificate["when"] = Json{{"documentsIssuedIn", Json{"other_country", "convention_country"}}};
  });
  const Json list = testing::checklist(conditional, on("2026-11-25", kSpouse));
  EXPECT_EQ(list["items"][2]["conditional"]["questions"], Json{"documentsIssuedIn"});
  EXPECT_EQ(list["items"][2]["conditional"]["text"],
            "Only if the answer to “Where were your papers issued?” is “In a Minsk or Chisinau Convention "
            "country or "
            "In another country”.");
  const Json base =
      on("2026-11-25",
         Json{{"channel", "consulate"}, {"category", "spouse"}, {"have", {"application", "passport"}}});
  const Json waiting = testing::assess(conditional, base);
  EXPECT_EQ(waiting["ready"], false);
  EXPECT_EQ(waiting["missing"].size(), 0U);
  EXPECT_EQ(waiting["grounds"].size(), 0U);
  EXPECT_EQ(waiting["conditional"][0]["id"], "marriage_certificate");
  EXPECT_EQ(waiting["conditional"][0]["questions"], Json{"documentsIssuedIn"});
  Json answered = base;
  answered["documentsIssuedIn"] = "kazakhstan";
  EXPECT_EQ(testing::assess(conditional, answered)["readiness"], "unconfirmed");
  EXPECT_EQ(ids(testing::checklist(conditional, answered)["items"]),
            (std::vector<std::string>{"application", "passport"}));
  answered["documentsIssuedIn"] = "other_country";
  EXPECT_EQ(ids(testing::assess(conditional, answered)["missing"]),
            std::vector<std::string>{"marriage_certificate"});
}

// --- groups ----------------------------------------------------------------------------------------

const Json kHeir = {{"channel", "consulate"}, {"category", "inheritance"}};

bool heir_ready(const Ruleset& r, std::vector<std::string> have, bool representative = false) {
  have.insert(have.begin(), {"application", "passport"});
  Json answers = on("2026-11-25", kHeir);
  answers["have"] = have;
  answers["representative"] = representative;
  return testing::assess(r, answers)["readiness"] !=
         "not_ready";  // the papers, on a route open or unconfirmed
}

TEST(Groups, OneOfIsMetByAnyMemberAndASetOfMembersByAllOfIt) {
  EXPECT_TRUE(heir_ready(rules(), {"will"}));
  EXPECT_FALSE(heir_ready(rules(), {"death_certificate"}));
  EXPECT_TRUE(heir_ready(rules(), {"death_certificate", "kinship_proof"}));
  const Json missing = assess(
      on("2026-11-25",
         Json{{"channel", "consulate"}, {"category", "inheritance"}, {"have", {"application", "passport"}}}));
  EXPECT_EQ(ids(missing["missing"]), std::vector<std::string>{"inheritance_proof"});
  EXPECT_EQ(missing["missing"][0]["title"], "Proof of inheritance");
  const Json list = checklist(on("2026-11-25", kHeir));
  EXPECT_EQ(list["items"][2]["kind"], "one_of");
  EXPECT_EQ(ids(list["items"][2]["oneOf"]), (std::vector<std::string>{"will", "death_and_kinship"}));
  EXPECT_EQ(ids(list["items"][2]["oneOf"][1]["allOf"]),
            (std::vector<std::string>{"death_certificate", "kinship_proof"}));
}

TEST(Groups, AnOptionalGroupIsNeverMissing) {
  const Ruleset optional =
      changed([](Json& r) { r["channels"][1]["categories"][2]["items"][0]["optional"] = true; });
  EXPECT_TRUE(heir_ready(optional, {}));
  EXPECT_EQ(testing::checklist(optional, on("2026-11-25", kHeir))["items"][2]["optional"], true);
  EXPECT_FALSE(heir_ready(rules(), {}));
}

TEST(Groups, AMemberThatDoesNotApplyIsNeitherListedNorAccepted) {
  const Ruleset local_wills = changed([](Json& r) {
    r["channels"][1]["categories"][2]["items"][0]["oneOf"][0]["when"] =
        Json{{"documentsIssuedIn", Json{"kazakhstan"}}};
  });
  Json abroad = on("2026-11-25", kHeir);
  abroad["documentsIssuedIn"] = "other_country";
  EXPECT_EQ(ids(testing::checklist(local_wills, abroad)["items"][2]["oneOf"]),
            std::vector<std::string>{"death_and_kinship"});
  abroad["have"] = {"application", "passport", "will"};
  EXPECT_EQ(testing::assess(local_wills, abroad)["ready"], false);
  abroad["have"] = {"application", "passport", "death_certificate", "kinship_proof"};
  EXPECT_EQ(testing::assess(local_wills, abroad)["readiness"], "unconfirmed");
  Json local = on("2026-11-25", kHeir);
  local["documentsIssuedIn"] = "kazakhstan";
  local["have"] = {"application", "passport", "will"};
  EXPECT_EQ(testing::assess(local_wills, local)["readiness"], "unconfirmed");
  // Unanswered, the will may count: listed as conditional, and holding it waits for the answer.
  Json unanswered = on("2026-11-25", kHeir);
  unanswered["have"] = {"application", "passport", "will"};
  EXPECT_EQ(testing::checklist(local_wills, unanswered)["items"][2]["oneOf"][0]["conditional"]["questions"],
            Json{"documentsIssuedIn"});
  EXPECT_EQ(testing::assess(local_wills, unanswered)["readiness"],
            "unconfirmed");  // held: met whatever the answer
}

// --- eligibility --------------------------------------------------------------------------------------

TEST(Eligibility, InPersonMeansNoRepresentative) {
  const Json alone = checklist(on("2026-11-25", kPsc));
  EXPECT_EQ(alone["eligible"], true);
  EXPECT_EQ(alone["eligibility"][0]["code"], "in_person_only");
  EXPECT_EQ(alone["eligibility"][0]["met"], true);
  EXPECT_EQ(alone["eligibility"][1]["code"], "staying_in_kazakhstan");
  EXPECT_TRUE(alone["eligibility"][1]["met"].is_null());
  const Json proxy =
      assess(on("2026-11-25",
                Json{{"channel", "psc"}, {"representative", true}, {"have", {"application", "passport"}}}));
  EXPECT_EQ(proxy["eligible"], false);
  EXPECT_EQ(ids(proxy["grounds"], "code"), std::vector<std::string>{"not_eligible"});
}

TEST(Eligibility, AChildRepresentedByAParentIsNeverRefused) {
  for (bool representative : {false, true}) {
    const Json child = checklist(on("2026-11-25", Json{{"channel", "consulate"},
                                                       {"category", "child"},
                                                       {"birthDate", "2015-06-01"},
                                                       {"representative", representative}}));
    EXPECT_EQ(child["eligible"], true);
    EXPECT_EQ(child["eligibility"][0]["code"], "represented_by_parent_or_guardian");
    EXPECT_EQ(child["eligibility"][0]["met"], true);
  }
}

TEST(Eligibility, AgesOnTheDayOfApplyingWithTheTwentyNinthOfFebruaryFromTheFirstOfMarch) {
  const auto eligible = [](const char* category, const char* born, const char* day) {
    return checklist(
        on(day, Json{{"channel", "consulate"}, {"category", category}, {"birthDate", born}}))["eligible"];
  };
  EXPECT_EQ(eligible("child", "2010-05-10", "2026-05-09"), true);
  EXPECT_EQ(eligible("child", "2010-05-10", "2026-05-10"), false);
  EXPECT_EQ(eligible("senior", "1961-05-10", "2026-05-09"), false);
  EXPECT_EQ(eligible("senior", "1961-05-10", "2026-05-10"), true);
  EXPECT_EQ(eligible("senior", "1960-02-29", "2025-02-28"), false);
  EXPECT_EQ(eligible("senior", "1960-02-29", "2025-03-01"), true);
  const Json reason = checklist(on(
      "2026-05-09",
      Json{{"channel", "consulate"}, {"category", "child"}, {"birthDate", "2010-05-10"}}))["eligibility"][2];
  EXPECT_EQ(reason["text"], "Under 16 on 9 May 2026 (turns 16 on 10 May 2026).");
  EXPECT_EQ(reason["date"], "2026-05-10");
  const Json unknown =
      checklist(on("2026-05-09", Json{{"channel", "consulate"}, {"category", "senior"}}))["eligibility"][2];
  EXPECT_TRUE(unknown["met"].is_null());
  EXPECT_EQ(unknown["text"], "Must be 65 or over.");
}

// --- the verdict -----------------------------------------------------------------------------------

TEST(Verdict, MissingExpiredAndTheGroundsTheyGive) {
  const Json base = on("2026-11-25", Json{{"channel", "psc"}});
  Json some = base;
  some["have"] = {"passport"};
  const Json missing = assess(some);
  EXPECT_EQ(ids(missing["missing"]), std::vector<std::string>{"application"});
  EXPECT_EQ(ids(missing["grounds"], "code"), std::vector<std::string>{"incomplete_package"});
  EXPECT_EQ(missing["readyBy"], nullptr);

  Json expired = base;
  expired["have"] = {"application", "passport"};
  expired["expiries"] = {{"passport", "2026-11-25"}};
  EXPECT_EQ(assess(expired)["ready"], true);  // valid through its date
  expired["expiries"] = {{"passport", "2026-11-24"}};
  const Json verdict = assess(expired);
  EXPECT_EQ(verdict["expired"],
            Json::parse(R"([{"id":"passport","title":"Passport","expiredOn":"2026-11-24"}])"));
  EXPECT_EQ(verdict["missing"].size(), 0U);
  EXPECT_EQ(ids(verdict["grounds"], "code"), std::vector<std::string>{"expired_document"});

  Json registered = base;
  registered["have"] = {"application", "passport"};
  registered["holdsIin"] = true;
  EXPECT_EQ(ids(assess(registered)["grounds"], "code"),
            std::vector<std::string>{"previously_registered_iin"});
}

TEST(Verdict, TicksThatDoNotApplyToTheChosenRouteCountForNothing) {
  const Json verdict =
      assess(on("2026-11-25", Json{{"channel", "psc"}, {"have", {"marriage_certificate", "will"}}}));
  EXPECT_EQ(ids(verdict["missing"]), (std::vector<std::string>{"application", "passport"}));
}

// --- working days (the fixture's calendar is Kazakhstan's: 2025 from October, 2026, 2027 estimated) --

Json ready(const char* day, const Json& channel = kPsc) {
  Json answers = on(day, channel);
  answers["have"] = {"application", "passport"};
  answers["passportScript"] = "latin";
  return assess(answers);
}

TEST(WorkingDays, TheNextWorkingDayAfterTheDayOfApplying) {
  EXPECT_EQ(ready("2026-11-25")["readyBy"], "2026-11-26");  // Wednesday → Thursday
  EXPECT_EQ(ready("2026-11-27")["readyBy"], "2026-11-30");  // Friday → Monday
  const Json verdict = ready("2026-11-25");
  EXPECT_EQ(verdict["calendar"]["confidence"], "published");
  EXPECT_EQ(verdict["calendar"]["text"], "Days off from the published calendar.");
  EXPECT_EQ(verdict["readyByNote"], "Counted in working days; the day you apply is not counted.");
  EXPECT_TRUE(verdict["closedOn"].is_null());
}

TEST(WorkingDays, SkipsEveryDayOffOf2026AndNamesIt) {
  // The day before each run of days off (by the published 2026 calendar) → the first working day after.
  const struct {
    const char* apply;
    const char* ready;
    std::vector<std::string> skipped;
  } cases[] = {
      {"2025-12-31", "2026-01-05", {"2026-01-01", "2026-01-02"}},
      {"2026-01-06", "2026-01-08", {"2026-01-07"}},
      {"2026-03-06", "2026-03-10", {"2026-03-09"}},
      {"2026-03-20", "2026-03-26", {"2026-03-23", "2026-03-24", "2026-03-25"}},
      {"2026-04-30", "2026-05-04", {"2026-05-01"}},
      {"2026-05-06", "2026-05-08", {"2026-05-07"}},
      {"2026-05-08", "2026-05-12", {"2026-05-11"}},
      {"2026-05-26", "2026-05-28", {"2026-05-27"}},
      {"2026-07-03", "2026-07-07", {"2026-07-06"}},
      {"2026-10-23", "2026-10-27", {"2026-10-26"}},
      {"2026-12-15", "2026-12-17", {"2026-12-16"}},
  };
  for (const auto& c : cases) {
    const Json verdict = ready(c.apply);
    EXPECT_EQ(verdict["readyBy"], c.ready) << c.apply;
    EXPECT_EQ(ids(verdict["daysOffSkipped"], "date"), c.skipped) << c.apply;
  }
  EXPECT_EQ(ready("2026-12-15")["daysOffSkipped"][0]["text"], "16 December is Independence Day.");
  EXPECT_EQ(ready("2026-03-06")["daysOffSkipped"][0]["text"],
            "9 March is a day off for International Women's Day (8 March).");
  EXPECT_EQ(ready("2026-05-26")["daysOffSkipped"][0]["text"],
            "27 May is Kurban Ait. Its date is set each year and can move by a day.");
}

TEST(WorkingDays, TheThirtyFirstOfAugust2026IsAWorkingDayAndSaysWhy) {
  const Json verdict = ready("2026-08-28");  // Friday
  EXPECT_EQ(verdict["readyBy"], "2026-08-31");
  EXPECT_EQ(verdict["daysOffSkipped"].size(), 0U);
  EXPECT_EQ(verdict["notDaysOff"][0]["date"], "2026-08-31");
  EXPECT_EQ(verdict["notDaysOff"][0]["holiday"], "constitution_day");
  ASSERT_EQ(verdict["calendar"]["sources"].size(), 2U);
  EXPECT_EQ(verdict["calendar"]["sources"][0]["id"], "kazinform_calendar_2026");
  EXPECT_EQ(verdict["calendar"]["sources"][1]["id"], "taspanews_2026");
}

TEST(WorkingDays, AWorkingSaturdayIsCounted) {
  // The fixture's 2027 works Saturday 9 January instead of Monday 4 January.
  EXPECT_EQ(ready("2027-01-08")["readyBy"], "2027-01-09");  // Friday → that Saturday
  EXPECT_EQ(ready("2027-01-15")["readyBy"], "2027-01-18");  // Friday → Monday: other Saturdays stay off
}

TEST(WorkingDays, AcrossTheYearIntoTheEstimated2027) {
  const Json verdict = ready("2026-12-31");  // Thursday; 1 and 4 January 2027 are days off
  EXPECT_EQ(verdict["readyBy"], "2027-01-05");
  EXPECT_EQ(ids(verdict["daysOffSkipped"], "date"), (std::vector<std::string>{"2027-01-01", "2027-01-04"}));
  EXPECT_EQ(verdict["calendar"]["confidence"], "estimated");
  EXPECT_EQ(verdict["calendar"]["text"], "The days off for 2027 are estimated.");
  EXPECT_EQ(verdict["calendar"]["rule"], "A holiday on a day off moves to the next working day.");
  EXPECT_EQ(ready("2027-03-12")["readyBy"], "2027-03-16");  // 15 March 2027: the new Constitution Day
  EXPECT_EQ(ready("2027-03-19")["readyBy"], "2027-03-25");  // Nauryz 22-24 March 2027
}

TEST(WorkingDays, BeyondTheLastYearOnlyWeekendsAreKnown) {
  // The fixture's sources are too old by then to confirm the route: read again, it gives a date.
  const Ruleset fresh = changed([](Json& r) { r["reviewAfterDays"] = 3650; });
  Json answers = on("2027-12-31", kPsc);
  answers["have"] = {"application", "passport"};
  answers["passportScript"] = "latin";
  const Json verdict = testing::assess(fresh, answers);
  EXPECT_EQ(verdict["readyBy"], "2028-01-03");
  EXPECT_EQ(verdict["calendar"]["confidence"], "weekdays_only");
  EXPECT_EQ(verdict["calendar"]["text"], "No days off are known for 2028: only weekends were skipped.");
  EXPECT_EQ(ready("2025-09-29")["calendar"]["confidence"], "weekdays_only");  // before October 2025
}

TEST(WorkingDays, AnOfficeClosedOnTheDayOfApplyingCountsFromTheNextWorkingDay) {
  const Json saturday = ready("2026-12-12");
  EXPECT_EQ(saturday["closedOn"]["date"], "2026-12-12");
  EXPECT_EQ(saturday["closedOn"]["countedFrom"], "2026-12-14");
  EXPECT_EQ(saturday["closedOn"]["text"],
            "The office is closed on 12 December 2026, a weekend: counted from 14 December 2026.");
  EXPECT_EQ(saturday["readyBy"], "2026-12-15");
  const Json holiday = ready("2026-12-16");
  EXPECT_EQ(holiday["closedOn"]["text"],
            "The office is closed on 16 December 2026, Independence Day: counted from 17 December 2026.");
  EXPECT_EQ(holiday["readyBy"], "2026-12-18");
  const Json easter_of_nauryz = ready("2026-03-21");  // Saturday, then Sunday, then three days off
  EXPECT_EQ(easter_of_nauryz["closedOn"]["countedFrom"], "2026-03-26");
  EXPECT_EQ(easter_of_nauryz["readyBy"], "2026-03-27");
  EXPECT_EQ(ids(easter_of_nauryz["daysOffSkipped"], "date"),
            (std::vector<std::string>{"2026-03-23", "2026-03-24", "2026-03-25"}));
  // Closed even when the package is not ready: the applicant learns it all the same.
  const Json unready = assess(on("2026-12-12", kPsc));
  EXPECT_EQ(unready["closedOn"]["countedFrom"], "2026-12-14");
  EXPECT_TRUE(unready["readyBy"].is_null());
}

TEST(WorkingDays, AnOfficeOpenOnDaysOffTakesTheApplicationThatDay) {
  const Json senior = {{"channel", "consulate"}, {"category", "senior"}, {"birthDate", "1950-01-01"}};
  const Json holiday = ready("2025-12-16", senior);
  EXPECT_TRUE(holiday["closedOn"].is_null());
  EXPECT_EQ(holiday["readyBy"], "2025-12-17");
  EXPECT_EQ(ready("2025-12-13", senior)["readyBy"], "2025-12-15");
}

// --- words ---------------------------------------------------------------------------------------------

TEST(Words, DatesInsideSentencesAreWrittenInTheApplicantsLanguage) {
  const auto status = [](const char* lang) {
    Json answers = on("2026-01-01", kSpouse);
    answers["lang"] = lang;
    return checklist(answers)["status"]["text"].get<std::string>();
  };
  EXPECT_NE(status("ru").find("31 декабря 2025 года"), std::string::npos) << status("ru");
  EXPECT_NE(status("kk").find("2025 жылғы 31 желтоқсан"), std::string::npos) << status("kk");
  Json day_off = on("2026-12-15", kPsc);
  day_off["have"] = {"application", "passport"};
  day_off["lang"] = "ru";
  EXPECT_EQ(assess(day_off)["daysOffSkipped"][0]["text"], "16 декабря — День Независимости.");
  day_off["lang"] = "kk";
  EXPECT_EQ(assess(day_off)["daysOffSkipped"][0]["text"], "16 желтоқсан — Тәуелсіздік күні.");
}

// --- sources, disagreements, history, notes ---------------------------------------------------------

TEST(Sources, EachAnswerCitesItsSourcesStrongestFirstWithBothSidesOfADisagreement) {
  const Json list = checklist(on("2026-11-25", kPsc));
  const std::vector<std::string> cited = ids(list["sources"]);
  EXPECT_EQ(cited, (std::vector<std::string>{"psc_rules", "gov_kz_iin", "zakon_2024", "guide_2026"}));
  const Json& act = list["sources"][0];
  EXPECT_EQ(act["kind"], "act");
  EXPECT_EQ(act["kindTitle"], "Legal act");
  EXPECT_EQ(act["rank"], 0);
  EXPECT_EQ(act["url"], "https://adilet.zan.kz/rus/docs/V2000020201");
  EXPECT_EQ(act["published"], "2020-03-27");
  EXPECT_EQ(act["read"], "2026-11-20");
  EXPECT_FALSE(act.contains("checked"));
  const Json& dispute = list["channel"]["disputed"][0];
  EXPECT_EQ(dispute["about"], "Whether a representative may apply");
  EXPECT_EQ(ids(dispute["followed"]), std::vector<std::string>{"psc_rules"});
  EXPECT_EQ(ids(dispute["others"]), std::vector<std::string>{"guide_2026"});
  EXPECT_EQ(dispute["theySay"], "A representative may apply.");
  EXPECT_EQ(dispute["because"], "The act ranks above a guide.");
  EXPECT_EQ(list["term"]["disputed"][0]["theySay"], "One to three days.");
  EXPECT_EQ(ids(list["term"]["sources"]), std::vector<std::string>{"gov_kz_iin"});
  EXPECT_EQ(ids(list["items"][1]["sources"]), std::vector<std::string>{"zakon_2024"});
  const Json ru = checklist(on("2026-11-25", Json{{"channel", "psc"}, {"lang", "ru"}}));
  EXPECT_EQ(ru["sources"][0]["publisher"], "Министерство внутренних дел");
  EXPECT_EQ(ru["sources"][0]["kindTitle"], "Нормативный правовой акт");
}

TEST(Sources, HistoryAndNotesComeWithTheirChannel) {
  const Json list = checklist(on("2026-11-25", kSpouse));
  EXPECT_EQ(ids(list["history"]), std::vector<std::string>{"pilot_2024"});
  EXPECT_EQ(list["history"][0]["period"], "From 13 April 2024 to 31 December 2024.");
  EXPECT_EQ(ids(list["history"][0]["supersededBy"]), std::vector<std::string>{"almatanews_pilot"});
  EXPECT_EQ(checklist(on("2026-11-25", kPsc))["history"].size(), 0U);
  EXPECT_EQ(ids(checklist(on("2026-11-25", kPsc))["notes"]),
            std::vector<std::string>{"correction_by_representative"});
  EXPECT_EQ(ids(checklist(
                on("2026-11-25", Json{{"channel", "consulate"}, {"category", "plant_protection"}}))["notes"]),
            std::vector<std::string>{"no_extra_documents"});
}

TEST(Checklist, WhoMaySubmitTheTermAndTheRefusalGrounds) {
  const Json list = checklist(on("2026-11-25", kPsc));
  EXPECT_EQ(list["whoMaySubmit"]["code"], "in_person");
  EXPECT_EQ(list["whoMaySubmit"]["text"], "You apply in person.");
  EXPECT_EQ(list["term"]["workingDays"], 1);
  EXPECT_EQ(list["opensOnDaysOff"], false);
  EXPECT_EQ(ids(list["refusalGrounds"]["accept"], "code"),
            (std::vector<std::string>{"incomplete_package", "expired_document"}));
  EXPECT_EQ(list["version"], "2026-11-26");
  EXPECT_EQ(list["asOf"], "2026-11-20");
  EXPECT_EQ(list["applyOn"], "2026-11-25");
  const Json egov = checklist(on("2024-01-10", Json{{"channel", "egov"}}));
  EXPECT_EQ(egov["whoMaySubmit"]["code"], "online");
  EXPECT_TRUE(egov["term"]["workingDays"].is_null());
  EXPECT_EQ(egov["term"]["text"], "");
}

// --- wrong answers ----------------------------------------------------------------------------------

TEST(Answers, WrongAnswersNameWhatIsWrongAndWhere) {
  const struct {
    Json answers;
    const char* code;
    const char* path;
  } cases[] = {
      {Json{{"channel", "embassy"}, {"today", "2026-11-25"}}, "unknown_id", "answers.channel"},
      {Json{{"channel", "consulate"}, {"today", "2026-11-25"}}, "missing_key", "answers.category"},
      {Json{{"channel", "consulate"}, {"category", "nephew"}, {"today", "2026-11-25"}}, "unknown_id",
       "answers.category"},
      {Json{{"channel", "psc"}, {"category", "spouse"}, {"today", "2026-11-25"}}, "unknown_key",
       "answers.category"},
      {Json{{"channel", "psc"}}, "missing_key", "answers.today"},
      {Json{{"channel", "psc"}, {"today", "2026-02-30"}}, "invalid_date", "answers.today"},
      {Json{{"channel", "psc"}, {"today", "2026-11-25"}, {"birthDate", "2026-11-26"}}, "date_order",
       "answers.birthDate"},
      {Json{{"channel", "psc"}, {"today", "2026-11-25"}, {"applyOn", "2026-11-24"}}, "date_order",
       "answers.applyOn"},
      {Json{{"channel", "psc"}, {"today", "2026-11-25"}, {"lang", "fr"}}, "invalid_value", "answers.lang"},
      {Json{{"channel", "psc"}, {"today", "2026-11-25"}, {"representative", "yes"}}, "wrong_type",
       "answers.representative"},
      {Json{{"channel", "psc"}, {"today", "2026-11-25"}, {"have", {"passport", 7}}}, "wrong_type",
       "answers.have[1]"},
      {Json{{"channel", "psc"}, {"today", "2026-11-25"}, {"have", {"pasport"}}}, "unknown_id",
       "answers.have[0]"},
      {Json{{"channel", "psc"}, {"today", "2026-11-25"}, {"expiries", {{"passport", "soon"}}}},
       "invalid_date", "answers.expiries.passport"},
      {Json{{"channel", "psc"}, {"today", "2026-11-25"}, {"expiries", {{"visa", "2030-01-01"}}}},
       "unknown_id", "answers.expiries.visa"},
      {Json::array(), "wrong_type", "answers"},
  };
  for (const auto& c : cases) {
    const Json error = checklist(c.answers)["error"];
    EXPECT_EQ(error["code"], c.code) << c.answers.dump() << " " << error.dump();
    EXPECT_EQ(error["path"], c.path) << c.answers.dump() << " " << error.dump();
    EXPECT_EQ(assess(c.answers)["error"], error) << "checklist and assess read answers alike";
  }
  const Result<SituationRequest> broken = read_situation_request(rules(), "{\"channel\":");
  EXPECT_EQ(broken.error().code, ErrorCode::not_json);
  EXPECT_EQ(broken.error().path, "answers");
  const Json category_message = checklist(Json{{"channel", "consulate"}, {"today", "2026-11-25"}})["error"];
  EXPECT_EQ(category_message["message"],
            "must be one of 'spouse', 'child', 'inheritance', 'senior', 'plant_protection' for the channel "
            "'consulate'");
  const Json choices =
      testing::choices(rules(), Json{{"today", "2026-11-25"}, {"applyOn", "2026-11-01"}})["error"];
  EXPECT_EQ(choices["path"], "answers.applyOn");  // the choices are part of the situation
  EXPECT_EQ(testing::choices(rules(), Json{{"lang", "de"}, {"today", "2026-11-25"}})["error"]["path"],
            "answers.lang");
}

TEST(Errors, EveryCodeHasOneSpellingAndTheListHasThemAll) {
  const Json codes = Json::parse(error_codes_json());
  ASSERT_EQ(codes.size(), static_cast<std::size_t>(kErrorCodeCount));
  for (int i = 0; i < kErrorCodeCount; ++i) {
    const auto code = static_cast<ErrorCode>(i);
    EXPECT_EQ(codes[i], name(code));
    EXPECT_EQ(parse_error_code(name(code)), code);
  }
  EXPECT_EQ(Json::parse(error_json({ErrorCode::date_order, "answers.applyOn", "a \"quoted\" word"})),
            Json::parse(
                R"({"error":{"code":"date_order","path":"answers.applyOn","message":"a \"quoted\" word"}})"));
}

}  // namespace
}  // namespace iin
