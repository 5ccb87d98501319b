#include "iin/checklist.hpp"

#include <algorithm>
#include <set>

#include "iin/identifier.hpp"

namespace iin {
namespace {

std::string fill(std::string text, const std::vector<std::pair<std::string, std::string>>& values) {
  for (const auto& [key, value] : values) {
    const std::string placeholder = "{" + key + "}";
    for (std::size_t at = text.find(placeholder); at != std::string::npos;
         at = text.find(placeholder, at + value.size())) {
      text.replace(at, placeholder.size(), value);
    }
  }
  return text;
}

class Writer {
 public:
  Writer(const Ruleset& rules, Language language) : rules_(rules), language_(language) {}

  const std::string& say(const Text& text) const { return text.in(language_); }
  std::string phrase(const char* id,
                     const std::vector<std::pair<std::string, std::string>>& values = {}) const {
    const Text* text = rules_.phrase(id);
    return text ? fill(say(*text), values) : std::string();
  }

  CitedSource source(const std::string& id) const {
    const Source* source = rules_.source(id);
    if (!source) return {id, id, {}, {}, {}};
    return {source->id, say(source->title), source->publisher, source->published, source->checked};
  }

  ListedGround ground(const Ground& ground) const {
    return {ground.code, say(ground.title), ground.note ? say(*ground.note) : std::string(),
            source(ground.source)};
  }

  ListedItem item(const Item& item) const {
    ListedItem out;
    out.id = item.id;
    if (item.is_document) {
      const Document* document = rules_.document(item.id);
      out.title = document ? say(document->title) : item.id;
      out.detail = item.detail ? say(*item.detail) : document ? say(document->detail) : std::string();
    } else {
      out.title = item.title ? say(*item.title) : item.id;
      out.detail = item.detail ? say(*item.detail) : std::string();
    }
    out.original = item.original;
    out.copy = item.copy;
    out.notarized_translation = item.notarized_translation;
    out.optional = item.optional;
    for (const Item& member : item.one_of) out.one_of.push_back(this->item(member));
    for (const Item& member : item.all_of) out.all_of.push_back(this->item(member));
    return out;
  }

  Named named(const std::string& id, const Text& title, const Text& summary) const {
    return {id, say(title), say(summary)};
  }

 private:
  const Ruleset& rules_;
  Language language_;
};

std::string id_list(const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "'" : ", '") + id + "'";
  return out;
}

struct Selection {
  const Channel* channel = nullptr;
  const Category* category = nullptr;
};

Result<Selection> select(const Ruleset& rules, const Answers& answers) {
  Selection s;
  s.channel = rules.channel(answers.channel);
  if (!s.channel) {
    std::vector<std::string> ids;
    for (const Channel& c : rules.channels) ids.push_back(c.id);
    return Error{ErrorCode::unknown_id, "answers.channel",
                 "must be one of " + id_list(ids) + ", not '" + answers.channel + "'"};
  }
  std::vector<std::string> ids;
  for (const Category& c : s.channel->categories) {
    ids.push_back(c.id);
    if (c.id == answers.category) s.category = &c;
  }
  if (!s.channel->categories.empty() && !s.category) {
    return Error{answers.category.empty() ? ErrorCode::missing_key : ErrorCode::unknown_id, "answers.category",
                 "must be one of " + id_list(ids) + " for the channel '" + s.channel->id + "'" +
                     (answers.category.empty() ? std::string() : ", not '" + answers.category + "'")};
  }
  if (s.channel->categories.empty() && !answers.category.empty()) {
    return Error{ErrorCode::unknown_key, "answers.category",
                 "the channel '" + s.channel->id + "' has no categories; leave answers.category out"};
  }
  return s;
}

std::optional<Reason> age_reason(const Writer& w, const AgeRule& rule, const Answers& answers) {
  const bool under = rule.kind == AgeRule::Kind::under;
  const std::string years = std::to_string(rule.years);
  const std::string code = under ? "age_under" : "age_at_least";
  if (!answers.birth_date) {
    return Reason{code,
                  std::nullopt,
                  w.phrase(under ? "age_under_unknown" : "age_at_least_unknown", {{"years", years}}),
                  {}};
  }
  const CivilDate applying = answers.apply_on.value_or(answers.today);
  const CivilDate birthday = anniversary(*answers.birth_date, rule.years);
  const bool reached = birthday <= applying;
  const bool met = under ? !reached : reached;
  const char* phrase = under ? (met ? "age_under_met" : "age_under_not_met")
                             : (met ? "age_at_least_met" : "age_at_least_not_met");
  return Reason{code, met,
                w.phrase(phrase, {{"years", years},
                                  {"date", format_iso_date(applying)},
                                  {"birthday", format_iso_date(birthday)}}),
                birthday};
}

Reason submission_reason(const Writer& w, Submission who, bool representative) {
  switch (who) {
    case Submission::in_person:
      return {"in_person_only", !representative, w.phrase("in_person_only"), {}};
    case Submission::online:
      return {"online_only_yourself", !representative, w.phrase("online_only_yourself"), {}};
    case Submission::in_person_or_representative:
      break;
  }
  return {"representative_allowed", true, w.phrase("representative_allowed"), {}};
}

void add_items(const Writer& w, const std::vector<Item>& items, bool representative,
               std::vector<ListedItem>& out) {
  for (const Item& item : items) {
    if (item.when == ItemCondition::representative && !representative) continue;
    out.push_back(w.item(item));
  }
}

std::vector<std::string> cited_ids(const Selection& s) {
  std::vector<std::string> ids = s.channel->sources;
  if (s.category) ids.insert(ids.end(), s.category->sources.begin(), s.category->sources.end());
  for (const auto* grounds : {&s.channel->refuse_to_accept, &s.channel->refuse_to_form}) {
    for (const Ground& g : *grounds) ids.push_back(g.source);
  }
  std::vector<std::string> unique;
  for (const std::string& id : ids) {
    if (std::find(unique.begin(), unique.end(), id) == unique.end()) unique.push_back(id);
  }
  return unique;
}

Checklist build(const Ruleset& rules, const Selection& s, const Answers& answers) {
  const Writer w(rules, answers.language);
  const Channel& channel = *s.channel;
  Checklist c;
  c.channel = w.named(channel.id, channel.title, channel.summary);
  if (s.category) c.category = w.named(s.category->id, s.category->title, s.category->summary);

  c.eligibility.push_back(submission_reason(w, channel.who_may_submit, answers.representative));
  for (const std::string& phrase : channel.eligibility)
    c.eligibility.push_back({phrase, std::nullopt, w.phrase(phrase.c_str()), {}});
  if (s.category) {
    c.eligibility.push_back({"category", std::nullopt, w.say(s.category->summary), {}});
    if (s.category->age) c.eligibility.push_back(*age_reason(w, *s.category->age, answers));
  }
  c.eligible = std::none_of(c.eligibility.begin(), c.eligibility.end(),
                            [](const Reason& r) { return r.met == std::optional<bool>(false); });

  add_items(w, channel.items, answers.representative, c.items);
  if (s.category) add_items(w, s.category->items, answers.representative, c.items);

  c.who_may_submit = channel.who_may_submit;
  c.who_may_submit_text = submission_reason(w, channel.who_may_submit, false).text;
  c.term_working_days = channel.term.working_days;
  c.term_text = w.say(channel.term.text);
  c.term_note = w.phrase(channel.term.working_days ? "holidays_may_add_days" : "no_fixed_term");
  for (const Ground& g : channel.refuse_to_accept) c.refuse_to_accept.push_back(w.ground(g));
  for (const Ground& g : channel.refuse_to_form) c.refuse_to_form.push_back(w.ground(g));
  for (const std::string& id : cited_ids(s)) c.sources.push_back(w.source(id));
  c.as_of = channel.as_of;
  for (const HistoryNote& note : rules.history) {
    if (note.channel == channel.id)
      c.history.push_back({note.id, w.say(note.text), w.source(note.source), w.source(note.superseded_by)});
  }
  return c;
}

// Whether the applicant holds what an item asks for. `count_expired` treats expired documents as
// held, to tell "missing" from "held but expired".
struct Holding {
  const std::set<std::string>& have;
  const std::set<std::string>& expired;

  bool meets(const Item& item, bool count_expired) const {
    if (item.is_document) {
      return item.optional || (have.count(item.id) && (count_expired || !expired.count(item.id)));
    }
    if (!item.one_of.empty()) {
      return std::any_of(item.one_of.begin(), item.one_of.end(),
                         [&](const Item& i) { return meets(i, count_expired); });
    }
    return std::all_of(item.all_of.begin(), item.all_of.end(),
                       [&](const Item& i) { return meets(i, count_expired); });
  }

  void expired_within(const Item& item, std::vector<std::string>& out) const {
    if (item.is_document && have.count(item.id) && expired.count(item.id)) out.push_back(item.id);
    for (const Item& member : item.one_of) expired_within(member, out);
    for (const Item& member : item.all_of) expired_within(member, out);
  }
};

const Ground* find_ground(const Channel& channel, const std::string& code) {
  for (const auto* grounds : {&channel.refuse_to_accept, &channel.refuse_to_form}) {
    for (const Ground& g : *grounds) {
      if (g.code == code) return &g;
    }
  }
  return nullptr;
}
}  // namespace

CivilDate add_working_days(const CivilDate& from, int days) {
  CivilDate day = from;
  while (days > 0) {
    day = add_days(day, 1);
    if (weekday(day) < 5) --days;
  }
  return day;
}

std::vector<ChannelSummary> list_categories(const Ruleset& rules, Language language) {
  const Writer w(rules, language);
  std::vector<ChannelSummary> out;
  for (const Channel& channel : rules.channels) {
    ChannelSummary summary{w.named(channel.id, channel.title, channel.summary), channel.who_may_submit, {}};
    for (const Category& c : channel.categories)
      summary.categories.push_back(w.named(c.id, c.title, c.summary));
    out.push_back(std::move(summary));
  }
  return out;
}

// The channel and category the answers name, once the answers are known to make sense.
Result<Selection> select_checked(const Ruleset& rules, const Answers& answers) {
  Result<Selection> s = select(rules, answers);
  if (!s) return s;
  if (answers.birth_date && answers.today < *answers.birth_date) {
    return Error{ErrorCode::date_order, "answers.birthDate",
                 format_iso_date(*answers.birth_date) + " is after answers.today " + format_iso_date(answers.today)};
  }
  if (answers.apply_on && *answers.apply_on < answers.today) {
    return Error{ErrorCode::date_order, "answers.applyOn",
                 format_iso_date(*answers.apply_on) + " is before answers.today " + format_iso_date(answers.today)};
  }
  return s;
}

Result<Checklist> make_checklist(const Ruleset& rules, const Answers& answers) {
  const Result<Selection> s = select_checked(rules, answers);
  if (!s) return s.error();
  return build(rules, *s, answers);
}

Result<Assessment> assess(const Ruleset& rules, const Answers& answers, const Holdings& holdings) {
  const Result<Selection> selected = select_checked(rules, answers);
  if (!selected) return selected.error();
  const Selection& s = *selected;
  for (std::size_t i = 0; i < holdings.have.size(); ++i) {
    if (!rules.document(holdings.have[i])) {
      return Error{ErrorCode::unknown_id, "answers.have[" + std::to_string(i) + "]",
                   "names no known document: '" + holdings.have[i] + "'"};
    }
  }
  for (const auto& [id, date] : holdings.expiries) {
    if (!rules.document(id)) {
      return Error{ErrorCode::unknown_id, "answers.expiries." + id, "names no known document: '" + id + "'"};
    }
  }
  const Checklist listed = build(rules, s, answers);
  const Writer w(rules, answers.language);
  const CivilDate apply_on = answers.apply_on.value_or(answers.today);

  const std::set<std::string> have(holdings.have.begin(), holdings.have.end());
  std::set<std::string> expired_ids;
  for (const auto& [id, expiry] : holdings.expiries) {
    if (expiry < apply_on) expired_ids.insert(id);  // valid through its expiry date
  }
  const Holding holding{have, expired_ids};

  Assessment a;
  std::vector<const Item*> items;
  for (const auto* list : {&s.channel->items, s.category ? &s.category->items : nullptr}) {
    if (!list) continue;
    for (const Item& item : *list) {
      if (item.when == ItemCondition::representative && !answers.representative) continue;
      items.push_back(&item);
    }
  }
  std::vector<std::string> blocking_expired;
  for (const Item* item : items) {
    if (holding.meets(*item, false)) continue;
    if (holding.meets(*item, true)) {
      holding.expired_within(*item, blocking_expired);
    } else {
      const ListedItem listed_item = w.item(*item);
      a.missing.push_back({listed_item.id, listed_item.title});
    }
  }
  for (const std::string& id : blocking_expired) {
    const Document* document = rules.document(id);
    for (const auto& [expiring, date] : holdings.expiries) {
      if (expiring == id) a.expired.push_back({id, w.say(document->title), date});
    }
  }

  auto add_ground = [&](const std::string& code) {
    if (const Ground* g = find_ground(*s.channel, code)) a.grounds.push_back(w.ground(*g));
  };
  if (!listed.eligible) {
    const std::string source = s.category ? s.category->sources.front() : s.channel->sources.front();
    a.grounds.push_back({"not_eligible", w.phrase("ground_not_eligible"), {}, w.source(source)});
  }
  if (!a.missing.empty()) add_ground("incomplete_package");
  if (!a.expired.empty()) add_ground("expired_document");
  if (!holdings.iin.empty()) {
    const IdResult number = check(holdings.iin);
    if (number.valid && number.kind != Kind::bin) add_ground("previously_registered_iin");
  }
  a.ready = a.grounds.empty() && a.missing.empty() && a.expired.empty();
  if (a.ready && s.channel->term.working_days)
    a.ready_by = add_working_days(apply_on, *s.channel->term.working_days);
  a.ready_by_note = listed.term_note;
  a.eligible = listed.eligible;
  return a;
}

}  // namespace iin
