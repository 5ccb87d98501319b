#pragma once
// Writes the parts of the engine's answers, keeping every source they cite for the list at the end.

#include <string>
#include <vector>

#include "checklist/output.hpp"
#include "checklist/situation.hpp"

namespace iin::detail {

class AnswerWriter {
 public:
  AnswerWriter(const Words& w, const CivilDate& day, JsonWriter& j) : j(j), w_(w), day_(day) {}

  JsonWriter& j;
  Sources cited;

  void cite(const JsonValue& rule, const char* list = "sources") {
    add_sources(w_.rules, rule.list(list), cited);
  }
  // The sources the array at `rule[list]` names, by authority.
  void sources(const JsonValue& rule, const char* list = "sources");
  void sources(const Sources& list);
  // The rule's disagreements: [{ about, followed, because, others, theySay }].
  void disputes(const JsonValue& rule);
  void status(const Status& status);
  // { id, title, summary, status, disputed }
  void named(const JsonValue& rule, const Status& status);
  // { code, title, note?, sources, disputed }
  void ground(const std::string& code, const std::string& title, const JsonValue& rule);
  void grounds(const JsonValue& channel, const char* list);  // those in force on the day
  void notes(const JsonValue& rule);                         // those in force, into an open array
  // { id, kind, channel, category, title, text, from?, to?, period, sources, supersededBy, disputed }
  void history(const char* kind, const JsonValue& entry, const JsonValue* channel,
               const std::string& category, const std::string& title, const std::string& text);

 private:
  const Words& w_;
  const CivilDate day_;
};

// The items of a checklist and the questions they turn on.
class ItemWriter {
 public:
  ItemWriter(AnswerWriter& out, const Situation& s) : out_(out), s_(s) {}

  void item(const JsonValue& item);
  // The questions the written items turn on, answered or not, in the ruleset's order.
  void questions();

 private:
  void form(const char* key, const JsonValue* form);
  void conditional(const Questions& open, const JsonValue& condition);
  void ask(const JsonValue* condition);

  AnswerWriter& out_;
  const Situation& s_;
  Questions asked_;
};

}  // namespace iin::detail
