#include "checklist/answer_writer.hpp"

#include <algorithm>

namespace iin::detail {

void AnswerWriter::sources(const JsonValue& rule, const char* list) {
  Sources named;
  add_sources(w_.rules, rule.list(list), named);
  sources(named);
}

void AnswerWriter::sources(const Sources& list) {
  for (const JsonValue* source : list) cited.push_back(source);  // (a range insert costs 700 bytes)
  write_sources(j, w_, list);
}

void AnswerWriter::disputes(const JsonValue& rule) {
  j.begin_array();
  for (const JsonValue& d : rule.list("disputed")) {
    j.begin_object().key("about").value(w_(d, "about")).key("followed");
    sources(d, "followed");
    j.key("because").value(w_(d, "because")).key("others");
    sources(d, "otherSources");
    j.key("theySay").value(w_(d, "theySay")).end_object();
  }
  j.end_array();
}

void AnswerWriter::status(const Status& status) {
  if (status.rule) cite(*status.rule, "validitySources");
  write_status(j, w_, status);
}

void AnswerWriter::named(const JsonValue& rule, const Status& status) {
  j.begin_object().key("id").value(rule.text("id")).key("title").value(w_(rule, "title"));
  j.key("summary").value(w_(rule, "summary")).key("status");
  this->status(status);
  j.key("disputed");
  disputes(rule);
  j.end_object();
}

void AnswerWriter::ground(const std::string& code, const std::string& title, const JsonValue& rule) {
  j.begin_object().key("code").value(code).key("title").value(title);
  if (rule.find("note")) j.key("note").value(w_(rule, "note"));
  j.key("sources");
  sources(rule);
  j.key("disputed");
  disputes(rule);
  j.end_object();
}

void AnswerWriter::grounds(const JsonValue& channel, const char* list) {
  j.begin_array();
  for (const JsonValue& g : channel.list(list)) {
    if (in_force(g, day_)) ground(g.text("code"), w_(g, "title"), g);
  }
  j.end_array();
}

void AnswerWriter::notes(const JsonValue& rule) {
  for (const JsonValue& note : rule.list("notes")) {
    if (!in_force(note, day_)) continue;
    j.begin_object().key("id").value(note.text("id")).key("text").value(w_(note, "text")).key("sources");
    sources(note);
    j.end_object();
  }
}

void AnswerWriter::history(const char* kind, const JsonValue& entry, const JsonValue* channel,
                           const std::string& category, const std::string& title, const std::string& text) {
  const auto from = entry.date("validFrom");
  const auto to = entry.date("validTo");
  j.begin_object().key("id").value(entry.text("id")).key("kind").value(kind).key("channel");
  channel ? j.value(channel->text("id")) : j.null();
  j.key("category");
  category.empty() ? j.null() : j.value(category);
  j.key("title").value(title).key("text").value(text);
  if (from) j.key("from").value(format_iso_date(*from));
  if (to) j.key("to").value(format_iso_date(*to));
  j.key("period").value(w_.period(from, to)).key("sources");
  Sources list;
  add_sources(w_.rules, entry.list("sources"), list);
  add_sources(w_.rules, entry.list("validitySources"), list);
  sources(list);
  j.key("supersededBy");
  sources(entry, "supersededBy");
  j.key("disputed");
  disputes(entry);
  j.end_object();
}

void ItemWriter::ask(const JsonValue* condition) {
  if (!condition) return;
  for (const auto& [question, options] : condition->members) {
    if (s_.rules.questions.find(question)) asked_.push_back(question);
  }
}

void ItemWriter::conditional(const Questions& open, const JsonValue& condition) {
  JsonWriter& j = out_.j;
  j.begin_object().key("questions").begin_array();
  for (const auto& [question, options] : condition.members) {
    if (std::find(open.begin(), open.end(), question) != open.end()) j.value(question);
  }
  j.end_array().key("text").value(s_.condition_text(condition)).end_object();
}

void ItemWriter::form(const char* key, const JsonValue* form) {
  JsonWriter& j = out_.j;
  j.key(key);
  if (!form || (form->type == JsonValue::Type::boolean && !form->boolean)) {
    j.value(false);
    return;
  }
  const JsonValue* when = form->find("when");
  ask(when);
  Questions open;
  const Truth truth = s_.holds(when, &open);
  if (truth == Truth::unknown) {
    conditional(open, *when);
  } else {
    j.value(truth == Truth::yes);
  }
}

void ItemWriter::item(const JsonValue& item) {
  JsonWriter& j = out_.j;
  const Words& w = s_.w;
  const JsonValue* document = s_.document(item);
  const JsonValue& named = document ? *document : item;
  j.begin_object().key("id").value(named.text("id"));
  j.key("kind").value(document ? "document" : item.find("oneOf") ? "one_of" : "all_of");
  j.key("title").value(w(named, "title"));
  j.key("detail").value(item.find("detail") ? w(item, "detail") : w(named, "detail"));
  j.key("original").value(item.flag("original")).key("copy").value(item.flag("copy"));
  form("notarizedTranslation", item.find("notarizedTranslation"));
  form("legalised", item.find("legalised"));
  j.key("optional").value(item.flag("optional"));
  if (item.flag("askOffice")) j.key("askOffice").value(true);  // the sources do not list it
  const JsonValue* when = item.find("when");
  ask(when);
  Questions open;
  if (s_.holds(when, &open) == Truth::unknown) {
    j.key("conditional");
    conditional(open, *when);
  }
  j.key("sources");
  out_.sources(item);
  j.key("disputed");
  out_.disputes(item);
  if (!document) {
    j.key(item.find("oneOf") ? "oneOf" : "allOf").begin_array();
    for (const JsonValue& member : s_.members(item)) {
      if (s_.listed(member)) this->item(member);
    }
    j.end_array();
  }
  j.end_object();
}

void ItemWriter::questions() {
  JsonWriter& j = out_.j;
  const Words& w = s_.w;
  j.begin_array();
  for (const JsonValue& question : s_.rules.root.list("questions")) {
    const std::string& id = question.text("id");
    if (std::find(asked_.begin(), asked_.end(), id) == asked_.end()) continue;
    j.begin_object().key("id").value(id).key("title").value(w(question, "title"));
    if (question.find("help")) j.key("help").value(w(question, "help"));
    j.key("options").begin_array();
    for (const JsonValue& option : question.list("options")) {
      j.begin_object().key("id").value(option.text("id")).key("title").value(w(option, "title")).end_object();
    }
    j.end_array().key("answer");
    const std::string_view reply = s_.answers.reply(id);
    reply.empty() ? j.null() : j.value(reply);
    j.end_object();
  }
  j.end_array();
}

}  // namespace iin::detail
