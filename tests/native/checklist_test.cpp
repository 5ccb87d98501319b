#include "iin/checklist.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>
#include <tuple>
#include <vector>

#include "iin/checklist_json.hpp"
#include "shared/json_tree.hpp"

namespace iin {
namespace {

using detail::JsonValue;

const Ruleset& rules() {
  static const Ruleset loaded = *load_ruleset(builtin_ruleset_json());
  return loaded;
}

constexpr CivilDate kWednesday{2026, 11, 25};
constexpr CivilDate kThursday{2026, 11, 26};
constexpr CivilDate kFriday{2026, 11, 27};
constexpr CivilDate kSaturday{2026, 11, 28};
constexpr CivilDate kSunday{2026, 11, 29};
constexpr CivilDate kMonday{2026, 11, 30};

Answers answers_for(const std::string& channel, const std::string& category = "",
                    CivilDate today = kWednesday) {
  Answers a;
  a.channel = channel;
  a.category = category;
  a.today = today;
  return a;
}

// "<path>: <message>" for a failed result, "" for a value.
template <typename T>
std::string error_of(const Result<T>& result) {
  return result ? std::string() : result.error().describe();
}

Checklist checklist(const Answers& answers) {
  Result<Checklist> out = make_checklist(rules(), answers);
  EXPECT_TRUE(out) << error_of(out);
  return out ? *out : Checklist{};
}

std::string checklist_error(const Answers& answers) {
  return error_of(make_checklist(rules(), answers));
}

// "id(original copy translation optional)", groups as "id oneOf[...]" or "id allOf[...]".
std::string render(const ListedItem& item) {
  std::string out = item.id;
  std::string flags;
  for (const auto& [on, word] :
       {std::pair{item.original, "original"}, std::pair{item.copy, "copy"},
        std::pair{item.notarized_translation, "translation"}, std::pair{item.optional, "optional"}}) {
    if (on) flags += (flags.empty() ? "" : " ") + std::string(word);
  }
  if (!flags.empty()) out += "(" + flags + ")";
  for (const auto& [word, members] : {std::pair{"oneOf", &item.one_of}, std::pair{"allOf", &item.all_of}}) {
    if (members->empty()) continue;
    out += std::string(" ") + word + "[";
    for (std::size_t i = 0; i < members->size(); ++i) out += (i ? ", " : "") + render((*members)[i]);
    out += "]";
  }
  return out;
}

std::vector<std::string> rendered(const std::vector<ListedItem>& items) {
  std::vector<std::string> out;
  for (const ListedItem& item : items) out.push_back(render(item));
  return out;
}

std::vector<std::string> codes(const std::vector<ListedGround>& grounds) {
  std::vector<std::string> out;
  for (const ListedGround& g : grounds) out.push_back(g.code);
  return out;
}

std::vector<std::string> codes(const std::vector<Reason>& reasons) {
  std::vector<std::string> out;
  for (const Reason& r : reasons) out.push_back(r.code);
  return out;
}

const Reason* reason(const Checklist& c, const std::string& code) {
  for (const Reason& r : c.eligibility) {
    if (r.code == code) return &r;
  }
  return nullptr;
}

// What each channel and category asks for (FACTS.md section 2), one test each.
struct ExpectedChecklist {
  std::string channel, category;
  bool representative;
  std::vector<std::string> items;
};

void PrintTo(const ExpectedChecklist& e, std::ostream* out) {
  *out << e.channel << "/" << e.category << (e.representative ? " by a representative" : "");
}

std::vector<std::string> consulate(std::vector<std::string> extra) {
  std::vector<std::string> items = {"application(original)", "passport(original copy)"};
  items.insert(items.end(), extra.begin(), extra.end());
  return items;
}

const std::vector<ExpectedChecklist> kExpectedChecklists = {
    {"consulate", "investor", false,
     consulate({"investor_proof oneOf[investor_council_membership(original), investment_contract(original), "
                "state_recommendation(original), aifc_recommendation(original)]"})},
    {"consulate", "exporter", false, consulate({"marking_order(original copy)"})},
    {"consulate", "spouse", false, consulate({"marriage_certificate(original)"})},
    {"consulate", "child", false, consulate({"birth_certificate(original)", "parent_kz_identity(original)"})},
    {"consulate", "inheritance", false,
     consulate({"inheritance_proof oneOf[inheritance_by_kinship allOf[death_certificate(original), "
                "kinship_proof(original)], will(original)]"})},
    {"consulate", "digital_nomad", false,
     consulate({"nomad_proof oneOf[nomad_it_specialist allOf[it_diploma(original copy optional), "
                "it_training_certificate(original copy), it_portfolio(original)], "
                "nomad_it_company_head allOf[it_company_order(original copy)]]"})},
    {"consulate", "disability", false, consulate({"disability_certificate(original)"})},
    {"consulate", "senior", false, consulate({})},
    {"ministry", "diplomatic_staff", false, {"application(original)", "passport(original copy)"}},
    {"psc", "", false, {"application(original)", "passport(original copy translation)"}},
    {"psc",
     "",
     true,
     {"application(original)", "passport(original copy translation)", "power_of_attorney(original)"}},
    {"egov", "", false, {"digital_signature(original)", "application(original)"}},
};

class ChecklistOutcome : public testing::TestWithParam<ExpectedChecklist> {};

TEST_P(ChecklistOutcome, ListsExactlyTheseDocuments) {
  const ExpectedChecklist& expected = GetParam();
  Answers answers = answers_for(expected.channel, expected.category);
  answers.representative = expected.representative;
  const Checklist c = checklist(answers);
  EXPECT_EQ(rendered(c.items), expected.items);
  EXPECT_EQ(c.channel.id, expected.channel);
  EXPECT_EQ(c.category ? c.category->id : "", expected.category);
}

INSTANTIATE_TEST_SUITE_P(Builtin, ChecklistOutcome, testing::ValuesIn(kExpectedChecklists),
                         [](const testing::TestParamInfo<ExpectedChecklist>& info) {
                           const ExpectedChecklist& e = info.param;
                           return e.channel + (e.category.empty() ? "" : "_" + e.category) +
                                  (e.representative ? "_by_representative" : "");
                         });

TEST(ChecklistOutcomes, TheTableCoversEveryCategory) {
  std::vector<std::string> in_table, in_rules;
  for (const ExpectedChecklist& e : kExpectedChecklists) {
    if (!e.representative) in_table.push_back(e.channel + "/" + e.category);
  }
  for (const Channel& channel : rules().channels) {
    if (channel.categories.empty()) in_rules.push_back(channel.id + "/");
    for (const Category& c : channel.categories) in_rules.push_back(channel.id + "/" + c.id);
  }
  EXPECT_EQ(in_table, in_rules);
}

// Who may submit, the term and the refusal grounds of each channel.
struct ExpectedChannel {
  std::string channel, category;
  Submission who;
  std::optional<int> working_days;
  std::string term_note;
  std::vector<std::string> accept, form;
};

void PrintTo(const ExpectedChannel& e, std::ostream* out) { *out << e.channel; }

const std::string kHolidays = "Local holidays may add days.";
const std::string kNoTerm = "No fixed term is published for this channel.";
const std::vector<std::string> kAcceptGrounds = {"incomplete_package", "expired_document"};
const std::vector<std::string> kMiaFormGrounds = {"unreliable_documents", "data_not_compliant",
                                                  "previously_registered_iin", "incomplete_package",
                                                  "expired_document"};

const std::vector<ExpectedChannel> kExpectedChannels = {
    {"consulate", "spouse", Submission::in_person, 1, kHolidays, kAcceptGrounds, kMiaFormGrounds},
    {"ministry", "diplomatic_staff", Submission::in_person, 1, kHolidays, kAcceptGrounds, kMiaFormGrounds},
    {"psc",
     "",
     Submission::in_person_or_representative,
     std::nullopt,
     kNoTerm,
     kAcceptGrounds,
     {"application_errors", "previously_registered_iin"}},
    {"egov", "", Submission::online, std::nullopt, kNoTerm, kAcceptGrounds, {"previously_registered_iin"}},
};

class ChannelOutcome : public testing::TestWithParam<ExpectedChannel> {};

TEST_P(ChannelOutcome, WhoMaySubmitTermAndRefusalGrounds) {
  const ExpectedChannel& expected = GetParam();
  const Checklist c = checklist(answers_for(expected.channel, expected.category));
  EXPECT_EQ(c.who_may_submit, expected.who);
  EXPECT_EQ(c.term_working_days, expected.working_days);
  EXPECT_EQ(c.term_note, expected.term_note);
  EXPECT_FALSE(c.term_text.empty());
  EXPECT_EQ(codes(c.refuse_to_accept), expected.accept);
  EXPECT_EQ(codes(c.refuse_to_form), expected.form);
}

INSTANTIATE_TEST_SUITE_P(Builtin, ChannelOutcome, testing::ValuesIn(kExpectedChannels),
                         [](const testing::TestParamInfo<ExpectedChannel>& info) {
                           return info.param.channel;
                         });

TEST(ChecklistOutcomes, WhoMaySubmitIsExplained) {
  EXPECT_EQ(checklist(answers_for("consulate", "senior")).who_may_submit_text,
            "You must apply in person: a representative cannot apply for you through this channel.");
  EXPECT_EQ(checklist(answers_for("psc")).who_may_submit_text,
            "A representative may apply for you with a notarised power of attorney.");
  EXPECT_EQ(checklist(answers_for("egov")).who_may_submit_text,
            "You apply yourself, online, signing with your own Kazakhstani EDS.");
  EXPECT_EQ(checklist(answers_for("consulate", "senior")).term_text,
            "One working day. The day you apply is not counted.");
}

TEST(ChecklistOutcomes, ChannelsListTheirCategoriesInOrder) {
  const std::vector<ChannelSummary> summaries = list_categories(rules(), Language::en);
  std::vector<std::string> listed;
  for (const ChannelSummary& s : summaries) {
    listed.push_back(s.channel.id + ":");
    for (const Named& c : s.categories) listed.back() += " " + c.id;
  }
  EXPECT_EQ(listed,
            (std::vector<std::string>{
                "consulate: investor exporter spouse child inheritance digital_nomad disability senior",
                "ministry: diplomatic_staff", "psc:", "egov:"}));
  ASSERT_EQ(summaries.size(), 4u);
  EXPECT_EQ(summaries[2].who_may_submit, Submission::in_person_or_representative);
}

TEST(ChecklistOutcomes, TitlesAndDetailsComeFromTheDocumentUnlessTheItemOverrides) {
  const Checklist spouse = checklist(answers_for("consulate", "spouse"));
  ASSERT_EQ(spouse.items.size(), 3u);
  EXPECT_EQ(spouse.items[1].title, "Passport");
  EXPECT_EQ(spouse.items[1].detail, rules().document("passport")->detail.in(Language::en));
  const Checklist psc = checklist(answers_for("psc"));
  ASSERT_EQ(psc.items.size(), 2u);
  EXPECT_EQ(psc.items[1].title, "Passport");
  EXPECT_EQ(psc.items[1].detail,
            "A copy of your passport with a notarised translation into Kazakh or Russian, and the original "
            "passport "
            "to show.");
  const Checklist investor = checklist(answers_for("consulate", "investor"));
  ASSERT_EQ(investor.items.size(), 3u);
  ASSERT_EQ(investor.items[2].one_of.size(), 4u);
  EXPECT_EQ(investor.items[2].title, "Proof of your investment");
  EXPECT_EQ(investor.items[2].detail, "Bring one of these documents.");
  EXPECT_EQ(investor.items[2].one_of[3].title, "Recommendation from the AIFC");
}

TEST(ChecklistOutcomes, SourcesHistoryAndDate) {
  const Checklist spouse = checklist(answers_for("consulate", "spouse"));
  ASSERT_EQ(spouse.sources.size(), 1u);
  EXPECT_EQ(spouse.sources[0].id, "mia_consulates_2025");
  EXPECT_EQ(spouse.sources[0].published, "2025-01-29");
  EXPECT_EQ(format_iso_date(spouse.as_of), "2026-11-25");
  ASSERT_EQ(spouse.history.size(), 2u);
  EXPECT_EQ(spouse.history[0].id, "proxy_2024");
  EXPECT_EQ(spouse.history[0].superseded_by.id, "mia_consulates_2025");
  EXPECT_EQ(spouse.history[0].source.id, "article_2024");

  const Checklist psc = checklist(answers_for("psc"));
  std::vector<std::string> cited;
  for (const CitedSource& s : psc.sources) cited.push_back(s.id);
  EXPECT_EQ(cited,
            (std::vector<std::string>{"guide_2026", "article_2024", "mia_consulates_2025", "law_223_2007"}));
  ASSERT_EQ(psc.history.size(), 1u);
  EXPECT_EQ(psc.history[0].id, "fingerprints_2024");
  EXPECT_TRUE(checklist(answers_for("egov")).history.empty());
}

TEST(ChecklistOutcomes, EligibilityConditionsToConfirm) {
  const Checklist c = checklist(answers_for("consulate", "investor"));
  ASSERT_EQ(codes(c.eligibility),
            (std::vector<std::string>{"in_person_only", "pilot_countries", "category"}));
  EXPECT_EQ(c.eligibility[0].met, true);
  EXPECT_EQ(c.eligibility[1].met, std::nullopt);
  EXPECT_EQ(c.eligibility[2].met, std::nullopt);
  EXPECT_EQ(c.eligibility[2].text,
            "You plan to invest in Kazakhstan or carry out an investment project there.");
  EXPECT_TRUE(c.eligible);
  EXPECT_EQ(codes(checklist(answers_for("psc")).eligibility),
            (std::vector<std::string>{"representative_allowed"}));
  EXPECT_EQ(codes(checklist(answers_for("ministry", "diplomatic_staff")).eligibility),
            (std::vector<std::string>{"in_person_only", "category"}));
}

TEST(ChecklistAnswers, ChannelAndCategoryMustExist) {
  EXPECT_EQ(checklist_error(answers_for("embassy")),
            "answers.channel: must be one of 'consulate', 'ministry', 'psc', 'egov', not 'embassy'");
  EXPECT_EQ(checklist_error(answers_for("consulate")),
            "answers.category: must be one of 'investor', 'exporter', 'spouse', 'child', 'inheritance', "
            "'digital_nomad', 'disability', 'senior' for the channel 'consulate'");
  EXPECT_EQ(checklist_error(answers_for("ministry", "investor")),
            "answers.category: must be one of 'diplomatic_staff' for the channel 'ministry', not 'investor'");
  EXPECT_EQ(checklist_error(answers_for("psc", "investor")),
            "answers.category: the channel 'psc' has no categories; leave answers.category out");
}

// Age rules: eligibility on the days around a birthday.
Checklist on(const std::string& category, CivilDate birth, CivilDate today) {
  Answers answers = answers_for("consulate", category, today);
  answers.birth_date = birth;
  return checklist(answers);
}

struct AgeCase {
  std::string category;
  CivilDate birth, today;
  bool eligible;
  CivilDate birthday;
};

TEST(Eligibility, AgeAroundTheBirthday) {
  const std::vector<AgeCase> cases = {
      {"child", {2010, 6, 15}, {2026, 6, 14}, true, {2026, 6, 15}},
      {"child", {2010, 6, 15}, {2026, 6, 15}, false, {2026, 6, 15}},
      {"child", {2010, 6, 15}, {2026, 6, 16}, false, {2026, 6, 15}},
      {"child", {2026, 11, 25}, {2026, 11, 25}, true, {2042, 11, 25}},
      {"senior", {1961, 6, 15}, {2026, 6, 14}, false, {2026, 6, 15}},
      {"senior", {1961, 6, 15}, {2026, 6, 15}, true, {2026, 6, 15}},
      {"senior", {1901, 1, 1}, {2026, 6, 15}, true, {1966, 1, 1}},
      // 29 February: the birthday is 29 February in a leap year, 1 March in a common year.
      {"child", {2008, 2, 29}, {2024, 2, 28}, true, {2024, 2, 29}},
      {"child", {2008, 2, 29}, {2024, 2, 29}, false, {2024, 2, 29}},
      {"child", {2084, 2, 29}, {2100, 2, 28}, true, {2100, 3, 1}},
      {"child", {2084, 2, 29}, {2100, 3, 1}, false, {2100, 3, 1}},
      {"senior", {1960, 2, 29}, {2025, 2, 28}, false, {2025, 3, 1}},
      {"senior", {1960, 2, 29}, {2025, 3, 1}, true, {2025, 3, 1}},
  };
  for (const AgeCase& c : cases) {
    const std::string label =
        c.category + " born " + format_iso_date(c.birth) + " on " + format_iso_date(c.today);
    const Checklist list = on(c.category, c.birth, c.today);
    EXPECT_EQ(list.eligible, c.eligible) << label;
    const Reason* age = reason(list, c.category == "child" ? "age_under" : "age_at_least");
    ASSERT_TRUE(age) << label;
    EXPECT_EQ(age->met, c.eligible) << label;
    EXPECT_EQ(age->date, c.birthday) << label;
  }
}

std::string age_text(const std::string& category, CivilDate birth, CivilDate today) {
  const Checklist c = on(category, birth, today);
  const Reason* age = reason(c, category == "child" ? "age_under" : "age_at_least");
  return age ? age->text : "(no age reason)";
}

TEST(Eligibility, AgeReasonsSayWhy) {
  EXPECT_EQ(age_text("child", {2008, 2, 29}, {2024, 2, 28}),
            "Under 16 on 2024-02-28: the 16th birthday is 2024-02-29.");
  EXPECT_EQ(
      age_text("child", {2008, 2, 29}, {2024, 2, 29}),
      "Not eligible in this category: the applicant turned 16 on 2024-02-29. Children are eligible until the "
      "day before their 16th birthday.");
  EXPECT_EQ(age_text("senior", {1960, 2, 29}, {2025, 2, 28}),
            "Not eligible in this category yet: the applicant turns 65 on 2025-03-01.");
  EXPECT_EQ(age_text("senior", {1960, 2, 29}, {2025, 3, 1}),
            "65 or over on 2025-03-01: the 65th birthday was 2025-03-01.");
}

TEST(Eligibility, WithoutBirthDateTheAgeIsToBeConfirmed) {
  for (const auto& [category, code, text] :
       {std::tuple{"child", "age_under",
                   "The applicant must be under 16 on the day of applying. Give the birth date to check."},
        std::tuple{
            "senior", "age_at_least",
            "The applicant must be 65 or over on the day of applying. Give the birth date to check."}}) {
    const Checklist c = checklist(answers_for("consulate", category));
    const Reason* age = reason(c, code);
    ASSERT_TRUE(age) << category;
    EXPECT_EQ(age->met, std::nullopt);
    EXPECT_EQ(age->date, std::nullopt);
    EXPECT_EQ(age->text, text);
    EXPECT_TRUE(c.eligible);
  }
}

TEST(Eligibility, CategoriesWithoutAgeRuleIgnoreTheBirthDate) {
  const Checklist c = on("spouse", {2020, 1, 1}, kWednesday);
  EXPECT_TRUE(c.eligible);
  EXPECT_FALSE(reason(c, "age_under"));
  EXPECT_FALSE(reason(c, "age_at_least"));
}

TEST(Eligibility, BirthDateAfterTodayIsAnError) {
  Answers answers = answers_for("consulate", "child", kWednesday);
  answers.birth_date = CivilDate{2026, 11, 26};
  EXPECT_EQ(checklist_error(answers), "answers.birthDate: 2026-11-26 is after answers.today 2026-11-25");
  EXPECT_FALSE(assess(rules(), answers, {}));
}

TEST(Eligibility, RepresentativeOnlyWhereTheChannelAllowsIt) {
  struct Case {
    std::string channel, category, code;
    bool eligible;
  };
  for (const Case& c :
       {Case{"consulate", "spouse", "in_person_only", false},
        Case{"ministry", "diplomatic_staff", "in_person_only", false},
        Case{"psc", "", "representative_allowed", true}, Case{"egov", "", "online_only_yourself", false}}) {
    Answers answers = answers_for(c.channel, c.category);
    answers.representative = true;
    const Checklist list = checklist(answers);
    EXPECT_EQ(list.eligible, c.eligible) << c.channel;
    ASSERT_FALSE(list.eligibility.empty());
    EXPECT_EQ(list.eligibility[0].code, c.code) << c.channel;
    EXPECT_EQ(list.eligibility[0].met, c.eligible) << c.channel;
    answers.representative = false;
    EXPECT_TRUE(checklist(answers).eligible) << c.channel;
  }
}

// assess: what is missing, what has expired, and why a package would be refused.
Holdings holding(std::vector<std::string> have) {
  Holdings h;
  h.have = std::move(have);
  return h;
}

Assessment assessed(const Answers& answers, const Holdings& holdings) {
  Result<Assessment> out = assess(rules(), answers, holdings);
  EXPECT_TRUE(out) << error_of(out);
  return out ? *out : Assessment{};
}

Assessment assessed(const std::string& channel, const std::string& category, std::vector<std::string> have) {
  return assessed(answers_for(channel, category), holding(std::move(have)));
}

std::vector<std::string> missing(const Assessment& a) {
  std::vector<std::string> out;
  for (const MissingItem& m : a.missing) out.push_back(m.id);
  return out;
}

using Ids = std::vector<std::string>;

TEST(Eligibility, PowerOfAttorneyOnlyForARepresentative) {
  Answers answers = answers_for("psc");
  answers.representative = true;
  Holdings holdings = holding({"application", "passport"});
  const Assessment a = assessed(answers, holdings);
  ASSERT_EQ(a.missing.size(), 1u);
  EXPECT_EQ(a.missing[0].id, "power_of_attorney");
  EXPECT_EQ(a.missing[0].title, "Power of attorney");
  holdings.have.push_back("power_of_attorney");
  EXPECT_TRUE(assessed(answers, holdings).ready);
  answers.representative = false;
  holdings.have = {"application", "passport"};
  EXPECT_TRUE(assessed(answers, holdings).ready);
}

TEST(Assess, AnyOneDocumentMeetsAOneOfGroup) {
  for (const char* proof : {"investor_council_membership", "investment_contract", "state_recommendation",
                            "aifc_recommendation"}) {
    const Assessment a = assessed("consulate", "investor", {"application", "passport", proof});
    EXPECT_TRUE(a.ready) << proof;
    EXPECT_TRUE(a.missing.empty()) << proof;
    EXPECT_TRUE(a.grounds.empty()) << proof;
  }
  const Assessment both = assessed("consulate", "investor",
                                   {"application", "passport", "investment_contract", "aifc_recommendation"});
  EXPECT_TRUE(both.ready);
}

TEST(Assess, AnEmptyOneOfGroupIsMissingAsAGroup) {
  const Assessment a = assessed("consulate", "investor", {"application", "passport"});
  EXPECT_FALSE(a.ready);
  ASSERT_EQ(missing(a), Ids{"investor_proof"});
  EXPECT_EQ(a.missing[0].title, "Proof of your investment");
  ASSERT_EQ(codes(a.grounds), Ids{"incomplete_package"});
  EXPECT_EQ(a.grounds[0].title, "The package of documents is incomplete.");
  EXPECT_EQ(a.grounds[0].source.id, "mia_consulates_2025");
  EXPECT_TRUE(a.eligible);

  EXPECT_EQ(missing(assessed("consulate", "investor", {})),
            (Ids{"application", "passport", "investor_proof"}));
  EXPECT_EQ(missing(assessed("consulate", "investor", {"marriage_certificate"})),
            (Ids{"application", "passport", "investor_proof"}));
}

TEST(Assess, InheritanceNeedsBothKinshipDocumentsOrAWill) {
  const Ids common = {"application", "passport"};
  auto with = [&](Ids extra) {
    Ids have = common;
    have.insert(have.end(), extra.begin(), extra.end());
    return assessed("consulate", "inheritance", have);
  };
  EXPECT_EQ(missing(with({"death_certificate"})), Ids{"inheritance_proof"});
  EXPECT_EQ(missing(with({"kinship_proof"})), Ids{"inheritance_proof"});
  EXPECT_TRUE(with({"death_certificate", "kinship_proof"}).ready);
  EXPECT_TRUE(with({"will"}).ready);
  EXPECT_TRUE(with({"will", "death_certificate"}).ready);
}

TEST(Assess, DigitalNomadDiplomaIsOptional) {
  const Ids common = {"application", "passport"};
  auto with = [&](Ids extra) {
    Ids have = common;
    have.insert(have.end(), extra.begin(), extra.end());
    return assessed("consulate", "digital_nomad", have);
  };
  EXPECT_TRUE(with({"it_training_certificate", "it_portfolio"}).ready);
  EXPECT_TRUE(with({"it_diploma", "it_training_certificate", "it_portfolio"}).ready);
  EXPECT_TRUE(with({"it_company_order"}).ready);
  EXPECT_EQ(missing(with({"it_diploma", "it_training_certificate"})), Ids{"nomad_proof"});
  EXPECT_EQ(missing(with({"it_diploma"})), Ids{"nomad_proof"});
  EXPECT_EQ(missing(with({})), Ids{"nomad_proof"});
}

TEST(Assess, SeniorNeedsOnlyTheCommonDocuments) {
  Answers answers = answers_for("consulate", "senior");
  answers.birth_date = CivilDate{1950, 1, 1};
  EXPECT_TRUE(assessed(answers, holding({"application", "passport"})).ready);
  EXPECT_EQ(missing(assessed(answers, holding({"passport"}))), Ids{"application"});
}

Holdings with_passport_expiring(CivilDate expiry) {
  Holdings h = holding({"application", "passport", "marriage_certificate"});
  h.expiries = {{"passport", expiry}};
  return h;
}

Answers applying_on(Answers answers, CivilDate day) {
  answers.apply_on = day;
  return answers;
}

TEST(Assess, ADocumentIsValidThroughItsExpiryDate) {
  const Answers answers = answers_for("consulate", "spouse", kWednesday);
  EXPECT_TRUE(assessed(answers, with_passport_expiring(kWednesday)).ready);
  EXPECT_TRUE(assessed(answers, with_passport_expiring(kThursday)).ready);

  const Assessment a = assessed(answers, with_passport_expiring({2026, 11, 24}));
  EXPECT_FALSE(a.ready);
  ASSERT_EQ(a.expired.size(), 1u);
  EXPECT_EQ(a.expired[0].id, "passport");
  EXPECT_EQ(a.expired[0].title, "Passport");
  EXPECT_EQ(a.expired[0].expired_on, (CivilDate{2026, 11, 24}));
  EXPECT_TRUE(a.missing.empty());
  ASSERT_EQ(codes(a.grounds), Ids{"expired_document"});
  EXPECT_EQ(a.grounds[0].title, "A document has expired.");
}

TEST(Assess, ExpiryIsJudgedOnTheApplicationDate) {
  const Answers answers = answers_for("consulate", "spouse", kWednesday);
  EXPECT_TRUE(assessed(applying_on(answers, kFriday), with_passport_expiring(kFriday)).ready);
  const Assessment late = assessed(applying_on(answers, kSaturday), with_passport_expiring(kFriday));
  EXPECT_EQ(codes(late.grounds), Ids{"expired_document"});
  ASSERT_EQ(late.expired.size(), 1u);
  const Answers earlier = answers_for("consulate", "spouse", {2026, 11, 18});
  EXPECT_TRUE(assessed(applying_on(earlier, {2026, 11, 20}), with_passport_expiring({2026, 11, 20})).ready);
}

TEST(Assess, ApplyingBeforeTodayIsAnError) {
  const Answers answers = applying_on(answers_for("consulate", "spouse", kWednesday), {2026, 11, 24});
  const Result<Assessment> out = assess(rules(), answers, with_passport_expiring(kFriday));
  EXPECT_EQ(error_of(out), "answers.applyOn: 2026-11-24 is before answers.today 2026-11-25");
  EXPECT_EQ(out.error().code, ErrorCode::date_order);
}

TEST(Assess, AgeIsJudgedOnTheApplicationDate) {
  Answers child = answers_for("consulate", "child", kWednesday);
  child.birth_date = CivilDate{2010, 11, 27};  // 16 on Friday 2026-11-27
  const Holdings papers = holding({"application", "passport", "birth_certificate", "parent_kz_identity"});
  EXPECT_TRUE(assessed(applying_on(child, {2026, 11, 26}), papers).ready);
  const Assessment late = assessed(applying_on(child, kFriday), papers);
  EXPECT_FALSE(late.eligible);
  EXPECT_EQ(codes(late.grounds), Ids{"not_eligible"});
  EXPECT_EQ(late.ready_by, std::nullopt);
}

TEST(Assess, AnExpiredAlternativeDoesNotMatterWhenAnotherIsValid) {
  Holdings h = holding({"application", "passport", "investment_contract", "aifc_recommendation"});
  h.expiries = {{"investment_contract", {2020, 1, 1}}};
  const Answers answers = answers_for("consulate", "investor");
  EXPECT_TRUE(assessed(answers, h).ready);

  h.have = {"application", "passport", "investment_contract"};
  const Assessment a = assessed(answers, h);
  EXPECT_FALSE(a.ready);
  EXPECT_TRUE(a.missing.empty());
  ASSERT_EQ(a.expired.size(), 1u);
  EXPECT_EQ(a.expired[0].id, "investment_contract");
  EXPECT_EQ(codes(a.grounds), Ids{"expired_document"});
}

TEST(Assess, AnExpiryForADocumentNotHeldIsMissingNotExpired) {
  Holdings h = holding({"application", "marriage_certificate"});
  h.expiries = {{"passport", {2020, 1, 1}}};
  const Assessment a = assessed(answers_for("consulate", "spouse"), h);
  EXPECT_EQ(missing(a), Ids{"passport"});
  EXPECT_TRUE(a.expired.empty());
  EXPECT_EQ(codes(a.grounds), Ids{"incomplete_package"});
}

TEST(Assess, MissingAndExpiredTogether) {
  Holdings h = holding({"passport"});
  h.expiries = {{"passport", {2020, 1, 1}}};
  const Assessment a = assessed(answers_for("consulate", "spouse"), h);
  EXPECT_EQ(missing(a), (Ids{"application", "marriage_certificate"}));
  ASSERT_EQ(a.expired.size(), 1u);
  EXPECT_EQ(codes(a.grounds), (Ids{"incomplete_package", "expired_document"}));
}

TEST(Assess, NotEligibleIsAGround) {
  Answers answers = answers_for("consulate", "spouse");
  answers.representative = true;
  const Assessment a = assessed(answers, holding({"application", "passport", "marriage_certificate"}));
  EXPECT_FALSE(a.ready);
  EXPECT_FALSE(a.eligible);
  EXPECT_TRUE(a.missing.empty());
  ASSERT_EQ(codes(a.grounds), Ids{"not_eligible"});
  EXPECT_EQ(a.grounds[0].title, "You do not meet the conditions for this channel or category.");
  EXPECT_EQ(a.grounds[0].source.id, "mia_consulates_2025");

  answers = answers_for("consulate", "child", {2026, 6, 15});
  answers.birth_date = CivilDate{2010, 6, 15};
  const Assessment too_old =
      assessed(answers, holding({"application", "passport", "birth_certificate", "parent_kz_identity"}));
  EXPECT_EQ(codes(too_old.grounds), Ids{"not_eligible"});
  EXPECT_FALSE(too_old.ready);

  answers = answers_for("egov");
  answers.representative = true;
  const Assessment online = assessed(answers, holding({}));
  ASSERT_EQ(codes(online.grounds), (Ids{"not_eligible", "incomplete_package"}));
  EXPECT_EQ(online.grounds[0].source.id, "guide_2026");
}

TEST(Assess, AValidIinMeansOneIsAlreadyRegistered) {
  struct Case {
    std::string channel, category, iin;
    bool registered;
  };
  const Ids all = {"application", "passport", "marriage_certificate", "digital_signature"};
  for (const Case& c :
       {Case{"consulate", "spouse", "901123300258", true},
        Case{"consulate", "spouse", "901 123 300 258", true}, Case{"psc", "", "061211600012", true},
        Case{"egov", "", "791028302728", true}, Case{"consulate", "spouse", "901123300257", false},
        Case{"consulate", "spouse", "940140000385", false}, Case{"psc", "", "990140004654", false},
        Case{"psc", "", "nonsense", false}}) {
    Holdings h = holding(all);
    h.iin = c.iin;
    const Assessment a = assessed(answers_for(c.channel, c.category), h);
    EXPECT_EQ(a.ready, !c.registered) << c.channel << " " << c.iin;
    EXPECT_EQ(codes(a.grounds), c.registered ? Ids{"previously_registered_iin"} : Ids{})
        << c.channel << " " << c.iin;
  }
  Holdings h = holding(all);
  h.iin = "901123300258";
  const Assessment psc = assessed(answers_for("psc"), h);
  ASSERT_EQ(psc.grounds.size(), 1u);
  EXPECT_EQ(psc.grounds[0].source.id, "law_223_2007");
}

TEST(Assess, EveryGroundAtOnce) {
  Answers answers = answers_for("consulate", "spouse");
  answers.representative = true;
  Holdings h = holding({"passport"});
  h.expiries = {{"passport", {2020, 1, 1}}};
  h.iin = "901123300258";
  const Assessment a = assessed(answers, h);
  EXPECT_EQ(codes(a.grounds),
            (Ids{"not_eligible", "incomplete_package", "expired_document", "previously_registered_iin"}));
  EXPECT_FALSE(a.ready);
}

TEST(Assess, UnknownDocumentsAreErrors) {
  const Result<Assessment> have = assess(rules(), answers_for("psc"), holding({"passport", "visa"}));
  EXPECT_EQ(error_of(have), "answers.have[1]: names no known document: 'visa'");
  EXPECT_EQ(have.error().code, ErrorCode::unknown_id);
  Holdings h;
  h.expiries = {{"visa", {2030, 1, 1}}};
  EXPECT_EQ(error_of(assess(rules(), answers_for("psc"), h)), "answers.expiries.visa: names no known document: 'visa'");
  EXPECT_EQ(error_of(assess(rules(), answers_for("nowhere"), {})),
            "answers.channel: must be one of 'consulate', 'ministry', 'psc', 'egov', not 'nowhere'");
}

TEST(ReadyBy, WorkingDaysSkipWeekendsAndNotTheFirstDay) {
  EXPECT_EQ(add_working_days(kWednesday, 1), kThursday);
  EXPECT_EQ(add_working_days(kThursday, 1), kFriday);
  EXPECT_EQ(add_working_days(kFriday, 1), kMonday);
  EXPECT_EQ(add_working_days(kSaturday, 1), kMonday);
  EXPECT_EQ(add_working_days(kSunday, 1), kMonday);
  EXPECT_EQ(add_working_days(kFriday, 2), (CivilDate{2026, 12, 1}));
  EXPECT_EQ(add_working_days(kFriday, 5), (CivilDate{2026, 12, 4}));
  EXPECT_EQ(add_working_days(kWednesday, 0), kWednesday);
  EXPECT_EQ(add_working_days({2026, 12, 31}, 1), (CivilDate{2027, 1, 1}));
  EXPECT_EQ(add_working_days({2024, 2, 28}, 1), (CivilDate{2024, 2, 29}));
}

TEST(ReadyBy, OneWorkingDayAfterApplyingAtAConsulateOrTheMinistry) {
  struct Case {
    std::string channel, category;
    CivilDate apply_on, ready_by;
  };
  for (const Case& c :
       {Case{"consulate", "spouse", kWednesday, kThursday}, Case{"consulate", "spouse", kFriday, kMonday},
        Case{"consulate", "spouse", kSaturday, kMonday}, Case{"consulate", "spouse", kSunday, kMonday},
        Case{"ministry", "diplomatic_staff", kFriday, kMonday}}) {
    const Holdings h = holding({"application", "passport", "marriage_certificate"});
    const Assessment a = assessed(applying_on(answers_for(c.channel, c.category, kWednesday), c.apply_on), h);
    EXPECT_EQ(a.ready_by, c.ready_by) << c.channel << " applying " << format_iso_date(c.apply_on);
    EXPECT_EQ(a.ready_by_note, "Local holidays may add days.");
  }
  EXPECT_EQ(assessed(answers_for("consulate", "spouse", kFriday),
                     holding({"application", "passport", "marriage_certificate"}))
                .ready_by,
            kMonday);
  EXPECT_EQ(assessed(answers_for("consulate", "spouse", kFriday), holding({})).ready_by, std::nullopt);
}

TEST(ReadyBy, NoDateWhereNoTermIsPublished) {
  for (const char* channel : {"psc", "egov"}) {
    const Assessment a =
        assessed(answers_for(channel), holding({"application", "passport", "digital_signature"}));
    EXPECT_TRUE(a.ready) << channel;
    EXPECT_EQ(a.ready_by, std::nullopt) << channel;
    EXPECT_EQ(a.ready_by_note, "No fixed term is published for this channel.");
  }
}

// The JSON answers and results, as JavaScript sees them.
Request request(const std::string& json) {
  Result<Request> r = read_request(json);
  EXPECT_TRUE(r) << error_of(r);
  return r ? *r : Request{};
}

TEST(JsonAnswers, ReadsEveryAnswer) {
  const Request r = request(
      R"({"channel":"consulate","category":"child","birthDate":"2015-05-01","today":"2026-11-25",)"
      R"("representative":false,"lang":"kk","have":["application","passport"],)"
      R"("expiries":{"passport":"2030-01-31","application":"2027-01-01"},"applyOn":"2026-11-27","iin":"901123300258"})");
  EXPECT_EQ(r.answers.channel, "consulate");
  EXPECT_EQ(r.answers.category, "child");
  EXPECT_EQ(r.answers.birth_date, (CivilDate{2015, 5, 1}));
  EXPECT_EQ(r.answers.today, kWednesday);
  EXPECT_FALSE(r.answers.representative);
  EXPECT_EQ(r.answers.language, Language::kk);
  EXPECT_EQ(r.holdings.have, (Ids{"application", "passport"}));
  ASSERT_EQ(r.holdings.expiries.size(), 2u);
  EXPECT_EQ(r.holdings.expiries[0].first, "passport");
  EXPECT_EQ(r.holdings.expiries[0].second, (CivilDate{2030, 1, 31}));
  EXPECT_EQ(r.holdings.expiries[1].first, "application");
  EXPECT_EQ(r.answers.apply_on, kFriday);
  EXPECT_EQ(r.holdings.iin, "901123300258");
}

TEST(JsonAnswers, OnlyChannelAndTodayAreRequired) {
  const Request r = request(R"({"channel":"psc","today":"2026-11-25"})");
  EXPECT_EQ(r.answers.channel, "psc");
  EXPECT_TRUE(r.answers.category.empty());
  EXPECT_FALSE(r.answers.birth_date);
  EXPECT_FALSE(r.answers.representative);
  EXPECT_EQ(r.answers.language, Language::en);
  EXPECT_TRUE(r.holdings.have.empty());
  EXPECT_TRUE(r.holdings.expiries.empty());
  EXPECT_FALSE(r.answers.apply_on);
  EXPECT_TRUE(r.holdings.iin.empty());
  EXPECT_TRUE(
      request(R"({"channel":"psc","today":"2026-11-25","representative":true})").answers.representative);
}

TEST(JsonAnswers, ErrorsNameTheAnswer) {
  const std::string base = R"("channel":"consulate","today":"2026-11-25")";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"{" + base + R"(,"birthDate":"2015-02-30"})",
       "answers.birthDate: must be a real date written YYYY-MM-DD"},
      {"{" + base + R"(,"birthDate":20150201})", "answers.birthDate: must be a real date written YYYY-MM-DD"},
      {"{" + base + R"(,"have":["passport",7]})", "answers.have[1]: must be a document id (a string)"},
      {"{" + base + R"(,"have":"passport"})", "answers.have: expected an array, found a string"},
      {"{" + base + R"(,"expiries":{"passport":"soon"}})",
       "answers.expiries.passport: must be a real date written YYYY-MM-DD"},
      {"{" + base + R"(,"expiries":["passport"]})", "answers.expiries: expected an object, found an array"},
      {"{" + base + R"(,"applyOn":"27.11.2026"})", "answers.applyOn: must be a real date written YYYY-MM-DD"},
      {"{" + base + R"(,"foo":1})", "answers.foo: unknown key \"foo\""},
      {"{" + base + R"(,"lang":"de"})", "answers.lang: must be 'en', 'ru' or 'kk'"},
      {"{" + base + R"(,"lang":""})", "answers.lang: expected a non-empty string"},
      {"{" + base + R"(,"representative":"yes"})",
       "answers.representative: expected true or false, found a string"},
      {"{" + base + R"(,"iin":901123300258})", "answers.iin: expected a string, found a whole number"},
      {R"({"channel":5,"today":"2026-11-25"})", "answers.channel: expected a string, found a whole number"},
      {R"({"channel":"","today":"2026-11-25"})", "answers.channel: expected a non-empty string"},
      {R"({"today":"2026-11-25"})", "answers: missing the required key \"channel\""},
      {R"({"channel":"psc"})", "answers: missing the required key \"today\""},
      {R"(["psc"])", "answers: expected an object, found an array"},
      {"{" + base + R"(,"channel":"psc"})", "answers: the key \"channel\" appears twice in this object"},
      {"",
       "answers: not valid JSON at line 1, column 1: syntax error while parsing value - unexpected end of "
       "input; "
       "expected '[', '{', or a literal"},
  };
  for (const auto& [json, error] : cases) EXPECT_EQ(error_of(read_request(json)), error) << json;
}

TEST(JsonAnswers, HostileAnswersAreRefused) {
  const std::string broken = error_of(read_request("{\"channel\":\"psc\",\n\"today\":}"));
  EXPECT_EQ(broken.rfind("answers: not valid JSON at line 2, column 9", 0), 0u) << broken;
  EXPECT_EQ(error_of(read_request(std::string(100, '[') + std::string(100, ']'))),
            "answers: nested deeper than 8 levels");
  EXPECT_EQ(error_of(read_request(std::string(64 * 1024 + 1, ' '))),
            "answers: the text is 65537 bytes; the limit is 65536");
  std::string many = R"({"channel":"psc","today":"2026-11-25","have":[)";
  for (int i = 0; i < 201; ++i) many += std::string(i ? "," : "") + "\"passport\"";
  EXPECT_EQ(error_of(read_request(many + "]}")), "answers.have: has 201 items; at most 200 are allowed");
}

// A member or element of parsed output; a missing one fails the test and reads as null.
const JsonValue& at(const JsonValue& object, const std::string& key) {
  static const JsonValue kMissing;
  for (const auto& [name, value] : object.members) {
    if (name == key) return value;
  }
  ADD_FAILURE() << "no key \"" << key << "\"";
  return kMissing;
}

const JsonValue& at(const JsonValue& array, std::size_t index) {
  static const JsonValue kMissing;
  if (index < array.items.size()) return array.items[index];
  ADD_FAILURE() << "no element " << index << " in an array of " << array.items.size();
  return kMissing;
}

bool has(const JsonValue& object, const std::string& key) {
  for (const auto& [name, value] : object.members) {
    if (name == key) return true;
  }
  return false;
}

Ids keys(const JsonValue& object) {
  Ids out;
  for (const auto& [name, value] : object.members) out.push_back(name);
  return out;
}

JsonValue parsed(const std::string& json) {
  detail::JsonParse p = detail::parse_json(json);
  EXPECT_TRUE(p) << error_of(p) << "\n" << json;
  return p ? *p : JsonValue{};
}

TEST(JsonResults, ChecklistJsonHasEveryPart) {
  const Request r =
      request(R"({"channel":"consulate","category":"inheritance","today":"2026-11-25","lang":"ru"})");
  const JsonValue c = parsed(checklist_json(checklist(r.answers)));
  EXPECT_EQ(keys(c), (Ids{"channel", "category", "eligible", "eligibility", "items", "whoMaySubmit", "term",
                          "refusalGrounds", "sources", "asOf", "history"}));
  EXPECT_EQ(at(at(c, "channel"), "id").string, "consulate");
  EXPECT_EQ(at(at(c, "category"), "title").string, "Принятие наследства");
  EXPECT_TRUE(at(c, "eligible").boolean);
  const JsonValue& reasons = at(c, "eligibility");
  EXPECT_EQ(reasons.items.size(), 3u);
  EXPECT_EQ(keys(at(reasons, 0)), (Ids{"code", "met", "text"}));
  EXPECT_EQ(at(at(reasons, 1), "met").type, JsonValue::Type::null);

  const JsonValue& items = at(c, "items");
  EXPECT_EQ(items.items.size(), 3u);
  EXPECT_EQ(keys(at(items, 0)),
            (Ids{"id", "title", "detail", "original", "copy", "notarizedTranslation", "optional"}));
  const JsonValue& group = at(items, 2);
  EXPECT_EQ(at(group, "id").string, "inheritance_proof");
  EXPECT_FALSE(has(group, "allOf"));
  const JsonValue& alternatives = at(group, "oneOf");
  EXPECT_EQ(alternatives.items.size(), 2u);
  EXPECT_EQ(at(at(alternatives, 0), "allOf").items.size(), 2u);
  EXPECT_EQ(at(at(alternatives, 1), "id").string, "will");

  EXPECT_EQ(keys(at(c, "whoMaySubmit")), (Ids{"code", "text"}));
  EXPECT_EQ(at(at(c, "whoMaySubmit"), "code").string, "in_person");
  EXPECT_EQ(at(at(c, "term"), "workingDays").integer, 1);
  EXPECT_EQ(keys(at(c, "refusalGrounds")), (Ids{"accept", "form"}));
  const JsonValue& ground = at(at(at(c, "refusalGrounds"), "accept"), 0);
  EXPECT_EQ(keys(ground), (Ids{"code", "title", "source"}));
  EXPECT_EQ(keys(at(ground, "source")), (Ids{"id", "title", "publisher", "published", "checked"}));
  EXPECT_EQ(at(c, "asOf").string, "2026-11-25");
  const JsonValue& history = at(c, "history");
  EXPECT_EQ(history.items.size(), 2u);
  EXPECT_EQ(keys(at(history, 0)), (Ids{"id", "text", "superseded", "source", "supersededBy"}));
}

TEST(JsonResults, ChecklistJsonForAChannelWithoutCategories) {
  const Request r = request(R"({"channel":"psc","today":"2026-11-25","representative":true})");
  const JsonValue c = parsed(checklist_json(checklist(r.answers)));
  EXPECT_EQ(at(c, "category").type, JsonValue::Type::null);
  EXPECT_EQ(at(at(c, "term"), "workingDays").type, JsonValue::Type::null);
  EXPECT_EQ(at(at(c, "whoMaySubmit"), "code").string, "in_person_or_representative");
  EXPECT_EQ(at(c, "items").items.size(), 3u);
  EXPECT_TRUE(at(at(at(c, "items"), 1), "notarizedTranslation").boolean);
  EXPECT_EQ(keys(at(at(at(c, "refusalGrounds"), "accept"), 1)), (Ids{"code", "title", "note", "source"}));
}

TEST(JsonResults, AgeReasonCarriesTheBirthday) {
  const Request r =
      request(R"({"channel":"consulate","category":"senior","birthDate":"1960-02-29","today":"2025-02-28"})");
  const JsonValue c = parsed(checklist_json(checklist(r.answers)));
  EXPECT_FALSE(at(c, "eligible").boolean);
  const JsonValue& reasons = at(c, "eligibility");
  const JsonValue& age = at(reasons, reasons.items.size() - 1);
  EXPECT_EQ(keys(age), (Ids{"code", "met", "text", "date"}));
  EXPECT_EQ(at(age, "code").string, "age_at_least");
  EXPECT_EQ(at(age, "met").type, JsonValue::Type::boolean);
  EXPECT_FALSE(at(age, "met").boolean);
  EXPECT_EQ(at(age, "date").string, "2025-03-01");
}

TEST(JsonResults, AssessmentJsonFromJsonAnswers) {
  const Request r =
      request(R"({"channel":"consulate","category":"spouse","today":"2026-11-27","have":["passport"],)"
              R"("expiries":{"passport":"2026-11-26"},"iin":"901123300258"})");
  const JsonValue a = parsed(assessment_json(assessed(r.answers, r.holdings)));
  EXPECT_EQ(keys(a), (Ids{"ready", "eligible", "missing", "expired", "grounds", "readyBy", "readyByNote"}));
  EXPECT_FALSE(at(a, "ready").boolean);
  EXPECT_TRUE(at(a, "eligible").boolean);
  const JsonValue& missing_items = at(a, "missing");
  EXPECT_EQ(missing_items.items.size(), 2u);
  EXPECT_EQ(keys(at(missing_items, 0)), (Ids{"id", "title"}));
  EXPECT_EQ(at(at(missing_items, 1), "id").string, "marriage_certificate");
  const JsonValue& expired = at(a, "expired");
  EXPECT_EQ(expired.items.size(), 1u);
  EXPECT_EQ(keys(at(expired, 0)), (Ids{"id", "title", "expiredOn"}));
  EXPECT_EQ(at(at(expired, 0), "expiredOn").string, "2026-11-26");
  Ids grounds;
  for (const JsonValue& g : at(a, "grounds").items) grounds.push_back(at(g, "code").string);
  EXPECT_EQ(grounds, (Ids{"incomplete_package", "expired_document", "previously_registered_iin"}));
  EXPECT_EQ(at(a, "readyBy").type, JsonValue::Type::null);  // a refused package is never ready

  const Request ready =
      request(R"({"channel":"egov","today":"2026-11-27","have":["digital_signature","application"]})");
  const JsonValue b = parsed(assessment_json(assessed(ready.answers, ready.holdings)));
  EXPECT_TRUE(at(b, "ready").boolean);
  EXPECT_EQ(at(b, "readyBy").type, JsonValue::Type::null);
  EXPECT_EQ(at(b, "readyByNote").string, "No fixed term is published for this channel.");
}

TEST(JsonResults, CategoriesJson) {
  const JsonValue c = parsed(categories_json(rules(), Language::kk));
  EXPECT_EQ(keys(c), (Ids{"asOf", "channels", "sources"}));
  const JsonValue& channels = at(c, "channels");
  EXPECT_EQ(channels.items.size(), 4u);
  EXPECT_EQ(keys(at(channels, 0)), (Ids{"id", "title", "summary", "whoMaySubmit", "categories"}));
  EXPECT_EQ(at(at(channels, 3), "whoMaySubmit").string, "online");
  EXPECT_EQ(at(at(channels, 0), "categories").items.size(), 8u);
  EXPECT_EQ(at(at(at(at(channels, 0), "categories"), 0), "title").string, "Әлеуетті инвестор");
  const JsonValue& sources = at(c, "sources");
  EXPECT_EQ(sources.items.size(), 4u);
  EXPECT_EQ(keys(at(sources, 0)), (Ids{"id", "title", "publisher", "published", "checked"}));
}

TEST(JsonResults, ErrorJsonCarriesCodePathAndEscapedMessage) {
  const std::string message = "unknown key \"a\\b\"\n\x01";
  const JsonValue e = parsed(error_json({ErrorCode::unknown_key, "answers.foo", message}));
  EXPECT_EQ(keys(e), Ids{"error"});
  EXPECT_EQ(keys(at(e, "error")), (Ids{"code", "path", "message"}));
  EXPECT_EQ(at(at(e, "error"), "code").string, "unknown_key");
  EXPECT_EQ(at(at(e, "error"), "path").string, "answers.foo");
  EXPECT_EQ(at(at(e, "error"), "message").string, message);
}

TEST(Errors, EveryCodeHasOneSpellingThatReadsBack) {
  for (int i = 0; i <= static_cast<int>(ErrorCode::unsupported_schema); ++i) {
    const auto code = static_cast<ErrorCode>(i);
    EXPECT_EQ(parse_error_code(name(code)), code) << name(code);
  }
  EXPECT_FALSE(parse_error_code("no_such_code"));
}

}  // namespace
}  // namespace iin
