#include "checklist/situation.hpp"

#include <algorithm>

#include "iin/mission.hpp"
#include "shared/concat.hpp"

namespace iin::detail {
namespace {
std::string id_list(const std::vector<JsonValue>& list) {
  std::string out;
  for (const JsonValue& entry : list) out += concat({out.empty() ? "'" : ", '", entry.text("id"), "'"});
  return out;
}
}  // namespace

Result<Selection> select(const Ruleset& rules, const Answers& answers, const MissionProfile* mission) {
  Selection s;
  s.channel = rules.channels.find(answers.channel);
  if (!s.channel) {
    return Error{
        ErrorCode::unknown_id, "answers.channel",
        concat({"must be one of ", id_list(rules.root.list("channels")), ", not '", answers.channel, "'"})};
  }
  const auto& categories = s.channel->list("categories");
  for (const JsonValue& c : categories) {
    if (c.text("id") == answers.category) s.category = &c;
  }
  const bool extra = mission && mission->channel == s.channel && !mission->extra_categories.empty();
  if (!s.category && extra) s.category = mission->extra_category(answers.category);
  const bool none = answers.category.empty();
  const std::string& channel = s.channel->text("id");
  if ((!categories.empty() || extra) && !s.category) {
    std::string listed = id_list(categories);
    for (std::size_t i = 0; extra && i < mission->extra_categories.size(); ++i)
      listed += concat({listed.empty() ? "'" : ", '", mission->extra_categories[i]->text("id"), "'"});
    return Error{none ? ErrorCode::missing_key : ErrorCode::unknown_id, "answers.category",
                 concat({"must be one of ", listed, " for the channel '", channel, "'", none ? "" : ", not '",
                         answers.category, none ? "" : "'"})};
  }
  if (categories.empty() && !extra && !none) {
    return Error{ErrorCode::unknown_key, "answers.category",
                 concat({"the channel '", channel, "' has no categories; leave answers.category out"})};
  }
  return s;
}

const char* submission_code(std::string_view who) {
  if (who == name(Submission::in_person)) return "in_person_only";
  return who == name(Submission::online) ? "online_only_yourself" : "representative_allowed";
}

Phrase submission_phrase(std::string_view who) {
  if (who == name(Submission::in_person)) return Phrase::in_person_only;
  return who == name(Submission::online) ? Phrase::online_only_yourself : Phrase::representative_allowed;
}

bool in_force(const JsonValue& rule, const CivilDate& day) {
  const auto from = rule.date("validFrom");
  const auto to = rule.date("validTo");
  return (!from || *from <= day) && (!to || day <= *to);
}

const JsonValue* first_in_force(const std::vector<JsonValue>& list, const CivilDate& day) {
  for (const JsonValue& entry : list) {
    if (in_force(entry, day)) return &entry;
  }
  return nullptr;
}

Situation::Situation(const Ruleset& rules, const Answers& answers, const Selection& selection,
                     const MissionProfile* mission)
    : rules(rules),
      answers(answers),
      w(rules, answers.language),
      day(answers.applying()),
      channel(*selection.channel),
      category(selection.category),
      mission(mission && mission->channel == selection.channel ? mission : nullptr),
      status(status_of(rules, channel, category, day, this->mission)),
      term(first_in_force(channel.list("terms"), day)) {}

Truth Situation::holds(const JsonValue* condition, Questions* open) const {
  if (!condition) return Truth::yes;
  Truth truth = Truth::yes;
  Questions waiting;
  for (const auto& [key, options] : condition->members) {
    const auto& allowed = options.items;
    if (key == "representative" || key == "minor") {
      const bool yes = key == "minor" ? minor() : answers.representative;
      if (std::none_of(allowed.begin(), allowed.end(),
                       [&](const JsonValue& o) { return o.boolean == yes; })) {
        return Truth::no;
      }
      continue;
    }
    const std::string_view reply = answers.reply(key);
    if (reply.empty()) {
      truth = Truth::unknown;
      waiting.push_back(key);
    } else if (std::none_of(allowed.begin(), allowed.end(),
                            [&](const JsonValue& o) { return o.string == reply; })) {
      return Truth::no;
    }
  }
  for (std::string_view question : waiting) {
    if (open) open->push_back(question);
  }
  return truth;
}

const JsonValue* Situation::document(const JsonValue& item) const {
  return item.find("document") ? rules.documents.find(item.text("document")) : nullptr;
}

const std::vector<JsonValue>& Situation::members(const JsonValue& item) const {
  return item.find("oneOf") ? item.list("oneOf") : item.list("allOf");
}

bool Situation::listed(const JsonValue& item) const {
  if (!in_force(item, day) || holds(item.find("when")) == Truth::no) return false;
  if (item.find("document")) {
    const JsonValue* d = document(item);
    return d && in_force(*d, day);
  }
  const auto& list = members(item);
  return std::any_of(list.begin(), list.end(), [&](const JsonValue& m) { return listed(m); });
}

std::string Situation::condition_text(const JsonValue& condition) const {
  std::string out;
  for (const auto& [key, allowed] : condition.members) {
    const JsonValue* question = rules.questions.find(key);
    if (!question || !answers.reply(key).empty()) continue;
    std::string options;
    for (const JsonValue& option : question->list("options")) {
      const std::string& id = option.text("id");
      if (std::none_of(allowed.items.begin(), allowed.items.end(),
                       [&](const JsonValue& a) { return a.string == id; }))
        continue;
      if (!options.empty()) options += concat({" ", w.phrase(Phrase::list_or), " "});
      options += w(option, "title");
    }
    if (!out.empty()) out += ' ';
    out += w.phrase(Phrase::only_if, {{"question", w(*question, "title")}, {"answers", options}});
  }
  return out;
}

bool Situation::eligibility(JsonWriter* j) const {
  bool eligible = true;
  const auto reason = [&](std::string_view code, std::optional<bool> met, const std::string& text,
                          const std::optional<CivilDate>& date = std::nullopt) {
    eligible = eligible && met != std::optional<bool>(false);
    if (!j) return;
    j->begin_object().key("code").value(code).key("met");
    met ? j->value(*met) : j->null();
    j->key("text").value(text);
    if (date) j->key("date").value(format_iso_date(*date));
    j->end_object();
  };
  if (j) j->begin_array();
  const std::string& who = channel.text("whoMaySubmit");
  if (represented()) {
    // A child is represented by a parent or guardian: that is never a refusal.
    reason("represented_by_parent_or_guardian", true, w.phrase(Phrase::represented_by_parent_or_guardian));
  } else {
    const bool alone = who != name(Submission::in_person_or_representative);
    reason(submission_code(who), !alone || !answers.representative, w.phrase(submission_phrase(who)));
  }
  for (const JsonValue& id : channel.list("eligibility"))
    reason(id.string, std::nullopt, w(rules.phrases.find(id.string)));
  if (category) reason("category", std::nullopt, w(*category, "summary"));
  if (const JsonValue* age = category ? category->find("age") : nullptr) {
    const bool under = age->find("under");
    const JsonValue* limit = age->find(under ? "under" : "atLeast");
    const int years = limit ? static_cast<int>(limit->integer) : 0;
    const std::string written = detail::decimal(years);
    const char* code = under ? "age_under" : "age_at_least";
    if (!answers.birth_date) {
      reason(
          code, std::nullopt,
          w.phrase(under ? Phrase::age_under_unknown : Phrase::age_at_least_unknown, {{"years", written}}));
    } else {
      const CivilDate birthday = anniversary(*answers.birth_date, years);
      const bool met = under == (day < birthday);
      const Phrase phrase = under ? (met ? Phrase::age_under_met : Phrase::age_under_not_met)
                                  : (met ? Phrase::age_at_least_met : Phrase::age_at_least_not_met);
      reason(code, met,
             w.phrase(phrase, {{"years", written}, {"date", w.date(day)}, {"birthday", w.date(birthday)}}),
             birthday);
    }
  }
  if (j) j->end_array();
  return eligible;
}

std::vector<const JsonValue*> Situation::items() const {
  std::vector<const JsonValue*> out;
  for (const JsonValue& item : channel.list("items")) out.push_back(&item);
  if (category) {
    for (const JsonValue& item : category->list("items")) out.push_back(&item);
  }
  return out;
}

namespace {
// Whether a listed item (or a listed member of it) is `document`, or has a condition (its own or a
// form's) that turns on `question`.
bool mentions(const Situation& s, const JsonValue& item, std::string_view document,
              std::string_view question) {
  if (!s.listed(item)) return false;
  if (!document.empty() && item.find("document") && item.text("document") == document) return true;
  if (!question.empty()) {
    for (const JsonValue* condition :
         {item.find("when"), item.find("notarizedTranslation"), item.find("legalised")}) {
      if (condition && condition->find("when")) condition = condition->find("when");
      if (condition && condition->find(question)) return true;
    }
  }
  for (const JsonValue& member : s.members(item)) {
    if (mentions(s, member, document, question)) return true;
  }
  return false;
}
}  // namespace

bool Situation::mentions(std::string_view document, std::string_view question) const {
  for (const JsonValue* item : items()) {
    if (detail::mentions(*this, *item, document, question)) return true;
  }
  return false;
}

bool Situation::minor() const {
  const JsonValue* minors = channel.find("minors");
  const JsonValue* under = minors ? minors->find("under") : nullptr;
  return under && answers.birth_date &&
         day < anniversary(*answers.birth_date, static_cast<int>(under->integer));
}

bool Situation::represented() const {
  return (category && category->text("representedBy") == kRepresentedBy[0]) || minor();
}

bool Holding::holds(std::string_view document, bool count_expired) const {
  const auto in = [&](const std::vector<std::string_view>& list) {
    return std::find(list.begin(), list.end(), document) != list.end();
  };
  return in(have) && (count_expired || !in(expired));
}

Truth met(const Situation& s, const Holding& h, const JsonValue& item, bool count_expired, Questions& open) {
  if (!s.listed(item)) return Truth::yes;
  Questions own;
  const Truth condition = s.holds(item.find("when"), &own);
  if (item.flag("optional")) return Truth::yes;
  Truth result = Truth::yes;
  if (item.find("document")) {
    result = h.holds(item.text("document"), count_expired) ? Truth::yes : Truth::no;
  } else {
    bool yes = false;
    bool no = false;
    bool unknown = false;
    for (const JsonValue& member : s.members(item)) {
      if (!s.listed(member)) continue;
      const Truth t = met(s, h, member, count_expired, open);
      yes = yes || t == Truth::yes;
      no = no || t == Truth::no;
      unknown = unknown || t == Truth::unknown;
    }
    // One of: any member held will do; a member that surely applies and is not held fails it.
    if (item.find("oneOf")) {
      result = yes ? Truth::yes : no ? Truth::no : unknown ? Truth::unknown : Truth::yes;
    } else {
      result = no ? Truth::no : unknown ? Truth::unknown : Truth::yes;
    }
  }
  if (result == Truth::no && condition == Truth::unknown) result = Truth::unknown;
  for (std::string_view question : own) {
    if (result == Truth::unknown) open.push_back(question);
  }
  return result;
}

void expired_within(const Situation& s, const Holding& h, const JsonValue& item,
                    std::vector<std::string_view>& out) {
  if (!s.listed(item)) return;
  const std::string& document = item.text("document");
  if (item.find("document") && h.holds(document, true) && !h.holds(document, false)) out.push_back(document);
  for (const JsonValue& member : s.members(item)) expired_within(s, h, member, out);
}

}  // namespace iin::detail
