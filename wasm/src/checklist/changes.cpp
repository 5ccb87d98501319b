// "What changed since your link": the change log's entries between the edition a link was made
// with and this one, for the link's situation. Documents added and removed are netted over the
// editions and kept only when today's checklist agrees (an added document it lists, a removed one
// it does not); the route's status, who may submit and the term are the earliest edition's,
// beside today's for the day of applying.
#include <algorithm>

#include "checklist/answer_writer.hpp"
#include "iin/checklist_json.hpp"
#include "shared/concat.hpp"

namespace iin {
namespace {
using detail::AnswerWriter;
using detail::JsonWriter;
using detail::Questions;
using detail::Situation;
using detail::Truth;
using detail::Words;

// Whether the listed items (or their members) ask for `document`.
bool lists(const Situation& s, const std::vector<const JsonValue*>& items, std::string_view document) {
  return std::any_of(items.begin(), items.end(), [&](const JsonValue* item) {
    if (!s.listed(*item)) return false;
    if (item->find("document")) return item->text("document") == document;
    std::vector<const JsonValue*> members;
    for (const JsonValue& m : s.members(*item)) members.push_back(&m);
    return lists(s, members, document);
  });
}

// Whether any listed item's condition (or a form's) turns on `question`.
bool asks(const Situation& s, const std::vector<const JsonValue*>& items, std::string_view question) {
  const auto turns_on = [&](const JsonValue* condition) { return condition && condition->find(question); };
  return std::any_of(items.begin(), items.end(), [&](const JsonValue* item) {
    if (!s.listed(*item)) return false;
    if (turns_on(item->find("when"))) return true;
    for (const char* form : {"notarizedTranslation", "legalised"}) {
      const JsonValue* f = item->find(form);
      if (f && turns_on(f->find("when"))) return true;
    }
    std::vector<const JsonValue*> members;
    for (const JsonValue& m : s.members(*item)) members.push_back(&m);
    return asks(s, members, question);
  });
}

// What the log says for the situation, gathered from the link's edition on.
struct Gathered {
  std::vector<std::pair<std::string_view, const JsonValue*>> added, removed;  // id → title's rule
  const JsonValue* dates = nullptr;  // the route's dates in the link's edition
  const JsonValue* route = nullptr;  // the channel or category they were of
  const JsonValue* who = nullptr;
  const JsonValue* term = nullptr;
  std::vector<const JsonValue*> notes;
  detail::Sources sources;
};

// A change that applies to the situation: its channel, its category (if it names one), and its
// condition, unless an answer rules it out. An open question counts only when this checklist asks
// it (the person may still answer so).
bool applies(const Situation& s, const JsonValue& change) {
  if (s.rules.channels.find(change.text("channel")) != &s.channel) return false;
  if (change.find("category") && (!s.category || s.category->text("id") != change.text("category")))
    return false;
  Questions open;
  const Truth truth = s.holds(change.find("when"), &open);
  if (truth == Truth::no) return false;
  const auto items = s.items();
  return std::all_of(open.begin(), open.end(), [&](std::string_view q) { return asks(s, items, q); });
}

void gather(const Situation& s, const JsonValue& change, Gathered& g) {
  using Entries = std::vector<std::pair<std::string_view, const JsonValue*>>;
  const auto take = [](Entries& from, std::string_view id) {
    const auto found = std::find_if(from.begin(), from.end(), [&](const auto& e) { return e.first == id; });
    if (found == from.end()) return false;
    from.erase(found);
    return true;
  };
  const auto put = [](Entries& to, std::string_view id, const JsonValue* rule) {
    if (std::none_of(to.begin(), to.end(), [&](const auto& e) { return e.first == id; })) to.emplace_back(id, rule);
  };
  for (const JsonValue& id : change.list("added")) {
    if (!take(g.removed, id.string)) put(g.added, id.string, s.rules.documents.find(id.string));
  }
  for (const JsonValue& entry : change.list("removed")) {
    if (!take(g.added, entry.text("id"))) put(g.removed, entry.text("id"), &entry);
  }
  if (const JsonValue* was = change.find("was")) {
    if (const JsonValue* dates = was->find("dates"); dates && !g.dates) {
      g.dates = dates;
      g.route = change.find("category") ? s.category : &s.channel;
    }
    if (!g.who) g.who = was->find("whoMaySubmit");
    if (!g.term) g.term = was->find("term");
  }
  if (change.find("text")) g.notes.push_back(&change);
  detail::add_sources(s.rules, change.list("sources"), g.sources);
}

void write_documents(JsonWriter& j, const Words& w, const std::vector<std::pair<std::string_view, const JsonValue*>>& list) {
  j.begin_array();
  for (const auto& [id, rule] : list) j.begin_object().key("id").value(id).key("title").value(w(rule, "title")).end_object();
  j.end_array();
}

void write_who(JsonWriter& j, const Words& w, std::string_view who) {
  j.begin_object().key("code").value(who).key("text").value(w.phrase(detail::submission_phrase(who))).end_object();
}

void write_term(JsonWriter& j, const Words& w, const JsonValue* term) {
  const JsonValue* days = term ? term->find("workingDays") : nullptr;
  j.begin_object().key("workingDays");
  days ? j.value(static_cast<int>(days->integer)) : j.null();
  j.key("text").value(w(term, "text")).end_object();
}

std::string known_editions(const Ruleset& rules) {
  std::string out;
  for (const JsonValue& edition : rules.root.list("changeLog")) out += detail::concat({"'", edition.text("version"), "', "});
  return detail::concat({out, "and its own, '", rules.version, "'"});
}
}  // namespace

Result<std::string> changes_json(const Ruleset& rules, const ChangesRequest& request) {
  const auto& log = rules.root.list("changeLog");
  const auto edition = std::find_if(log.begin(), log.end(),
                                    [&](const JsonValue& e) { return e.text("version") == request.version; });
  if (edition == log.end() && request.version != rules.version) {
    return Error{ErrorCode::unknown_id, "version",
                 detail::concat({"these rules know the editions ", known_editions(rules), ", not '",
                                 request.version.substr(0, 40), "'"})};
  }
  const Result<detail::Selection> selected = detail::select(rules, request.answers);
  if (!selected) return selected.error();
  const Situation s(rules, request.answers, *selected);
  const Words& w = s.w;

  Gathered g;
  for (auto e = edition; e != log.end(); ++e) {
    for (const JsonValue& change : e->list("changes")) {
      if (applies(s, change)) gather(s, change, g);
    }
  }
  // Today's checklist has the last word: an added document it does not list (for these answers,
  // on this day) is no change for this person, nor is a removed one it lists again.
  const auto items = s.items();
  const auto drop = [&](auto& list, bool listed) {
    list.erase(std::remove_if(list.begin(), list.end(), [&](const auto& e) { return lists(s, items, e.first) != listed; }),
               list.end());
  };
  drop(g.added, true);
  drop(g.removed, false);

  JsonWriter j;
  AnswerWriter out(w, s.day, j);
  bool changed = !g.added.empty() || !g.removed.empty() || !g.notes.empty();
  j.begin_object().key("version").value(rules.version).key("asOf").value(format_iso_date(rules.as_of));
  j.key("since").begin_object().key("version").value(request.version).key("asOf");
  j.value(edition == log.end() ? format_iso_date(rules.as_of) : edition->text("asOf")).end_object();
  j.key("applyOn").value(format_iso_date(s.day)).key("added");
  write_documents(j, w, g.added);
  j.key("removed");
  write_documents(j, w, g.removed);

  j.key("status");
  const Status then = g.dates ? status_of(rules, *g.dates, s.day) : Status{};
  const Status now = g.route ? status_of(rules, *g.route, s.day) : Status{};
  if (g.dates && then.code != now.code) {
    changed = true;
    j.begin_object().key("from");
    detail::write_status(j, w, then);
    j.key("to");
    out.status(now);
    j.end_object();
  } else {
    j.null();
  }

  j.key("whoMaySubmit");
  const std::string& who = s.channel.text("whoMaySubmit");
  if (g.who && g.who->string != who) {
    changed = true;
    j.begin_object().key("from");
    write_who(j, w, g.who->string);
    j.key("to");
    write_who(j, w, who);
    j.end_object();
  } else {
    j.null();
  }

  j.key("term");
  const auto days = [](const JsonValue* term) {
    const JsonValue* d = term ? term->find("workingDays") : nullptr;
    return d ? d->integer : 0;
  };
  if (g.term && (days(g.term) != days(s.term) || w(g.term, "text") != w(s.term, "text"))) {
    changed = true;
    j.begin_object().key("from");
    write_term(j, w, g.term);
    j.key("to");
    write_term(j, w, s.term);
    j.end_object();
  } else {
    j.null();
  }

  j.key("notes").begin_array();
  for (const JsonValue* change : g.notes) {
    j.begin_object().key("text").value(w(*change, "text")).key("sources");
    out.sources(*change);
    j.end_object();
  }
  j.end_array().key("changed").value(changed).key("sources");
  detail::Sources cited = out.cited;
  if (changed) cited.insert(cited.end(), g.sources.begin(), g.sources.end());
  detail::write_sources(j, w, cited);
  j.end_object();
  return j.text();
}

}  // namespace iin
