// "What changed since your link": the change log's entries between the edition a link was made
// with and this one, for the link's situation. Documents added and removed are netted over the
// editions and kept only when today's checklist agrees (an added document it lists, a removed one
// it does not); the route's status, who may submit and the term are the earliest edition's,
// beside today's for the day of applying.
#include <algorithm>

#include "checklist/answer_writer.hpp"
#include "checklist/parts.hpp"
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

// A change that applies to the situation: its channel, its category (if it names one), and its
// condition, unless an answer rules it out. An open question counts only when this checklist asks
// it (the person may still answer so).
bool applies(const Situation& s, const JsonValue& change) {
  if (s.rules.channels.find(change.text("channel")) != &s.channel) return false;
  if (change.find("category") && (!s.category || s.category->text("id") != change.text("category")))
    return false;
  Questions open;
  if (s.holds(change.find("when"), &open) == Truth::no) return false;
  for (std::string_view question : open) {
    if (!s.mentions({}, question)) return false;
  }
  return true;
}

// Documents: an added one is its id (a string), a removed one its entry ({ id, title }).
using Documents = std::vector<const JsonValue*>;
std::string_view id_of(const JsonValue* d) {
  return d->type == JsonValue::Type::string ? d->string : d->text("id");
}

// Nets `d` against the opposite list: a document added, then removed, is no change.
void note(Documents& list, Documents& opposite, const JsonValue* d) {
  for (auto i = opposite.begin(); i != opposite.end(); ++i) {
    if (id_of(*i) == id_of(d)) return (void)opposite.erase(i);
  }
  for (const JsonValue* known : list) {
    if (id_of(known) == id_of(d)) return;
  }
  list.push_back(d);
}

// What the log says for the situation, gathered from the link's edition on.
struct Gathered {
  Documents added, removed;
  const JsonValue* dates = nullptr;  // the route's dates in the link's edition
  const JsonValue* route = nullptr;  // the channel or category they were of
  const JsonValue* who = nullptr;
  const JsonValue* term = nullptr;
  std::vector<const JsonValue*> notes;
  detail::Sources sources;
};

void gather(const Situation& s, const JsonValue& change, Gathered& g) {
  for (const JsonValue& id : change.list("added")) note(g.added, g.removed, &id);
  for (const JsonValue& entry : change.list("removed")) note(g.removed, g.added, &entry);
  if (const JsonValue* was = change.find("was")) {
    if (!g.dates && was->find("dates")) {
      g.dates = was->find("dates");
      g.route = change.find("category") ? s.category : &s.channel;
    }
    if (!g.who) g.who = was->find("whoMaySubmit");
    if (!g.term) g.term = was->find("term");
  }
  if (change.find("text")) g.notes.push_back(&change);
  detail::add_sources(s.rules, change.list("sources"), g.sources);
}

// Today's checklist has the last word: an added document it does not list (for these answers, on
// this day) is no change for this person, nor is a removed one it lists again.
// Whether it wrote any.
bool write_documents(JsonWriter& j, const Situation& s, const Documents& list, bool added) {
  bool any = false;
  j.begin_array();
  for (const JsonValue* d : list) {
    if (s.mentions(id_of(d)) != added) continue;
    any = true;
    const JsonValue* titled = added ? s.rules.documents.find(id_of(d)) : d;
    j.begin_object().key("id").value(id_of(d)).key("title").value(s.w(titled, "title")).end_object();
  }
  j.end_array();
  return any;
}

void write_who(JsonWriter& j, const Words& w, std::string_view who) {
  j.begin_object()
      .key("code")
      .value(who)
      .key("text")
      .value(w.phrase(detail::submission_phrase(who)))
      .end_object();
}

void write_term(JsonWriter& j, const Words& w, const JsonValue* term) {
  const JsonValue* days = term ? term->find("workingDays") : nullptr;
  j.begin_object().key("workingDays");
  days ? j.value(static_cast<int>(days->integer)) : j.null();
  j.key("text").value(w(term, "text")).end_object();
}

}  // namespace

std::string detail::changes_json(const Situation& s, const std::string& version) {
  const Ruleset& rules = s.rules;
  const auto& log = rules.root.list("changeLog");
  auto edition = log.begin();
  while (edition != log.end() && edition->text("version") != version) ++edition;
  const Words& w = s.w;

  Gathered g;
  for (auto e = edition; e != log.end(); ++e) {
    for (const JsonValue& change : e->list("changes")) {
      if (applies(s, change)) gather(s, change, g);
    }
  }
  JsonWriter j;
  AnswerWriter out(w, s.day, j);
  j.begin_object().key("version").value(rules.version).key("asOf").value(format_iso_date(rules.as_of));
  j.key("since").begin_object().key("version").value(version).key("asOf");
  j.value(edition == log.end() ? format_iso_date(rules.as_of) : edition->text("asOf")).end_object();
  j.key("applyOn").value(format_iso_date(s.day)).key("added");
  bool changed = write_documents(j, s, g.added, true);
  j.key("removed");
  changed = write_documents(j, s, g.removed, false) || changed || !g.notes.empty();

  j.key("status");
  const Status then = status_of(rules, g.dates ? *g.dates : s.channel, s.day);
  // Now: what the checklist says (the mission's word included), for the channel or the category.
  Status now = g.route == s.category && s.category ? status_of(rules, s.channel, s.category, s.day, s.mission)
                                                   : status_of(rules, s.channel, nullptr, s.day, s.mission);
  now.note = nullptr;  // the page shows the route's own note with its status: said once
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
  if (changed) {
    for (const JsonValue* source : g.sources) cited.push_back(source);
  }
  detail::write_sources(j, w, cited);
  j.end_object();
  return j.text();
}

}  // namespace iin
