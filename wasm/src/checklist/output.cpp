#include "checklist/output.hpp"

#include <algorithm>

#include "iin/mission.hpp"

namespace iin::detail {

void add_sources(const Ruleset& rules, const std::vector<JsonValue>& ids, Sources& out) {
  for (const JsonValue& id : ids) {
    if (const JsonValue* source = rules.sources.find(id.string)) out.push_back(source);
  }
}

Sources by_authority(const Ruleset& rules, const Sources& sources) {
  IdIndex wanted;  // n log n however many a hostile file cites
  for (const JsonValue* source : sources) wanted.add(source->text("id"), source);
  wanted.sort();
  Sources out;
  for (const JsonValue* source : rules.authority) {
    if (wanted.find(source->text("id"))) out.push_back(source);
  }
  return out;
}

void write_source(JsonWriter& j, const Words& w, const JsonValue& s) {
  const JsonValue* kind = w.rules.source_kinds.find(s.text("kind"));
  j.begin_object().key("id").value(s.text("id")).key("kind").value(s.text("kind"));
  j.key("kindTitle").value(kind ? w(*kind, "title") : std::string());
  j.key("rank").value(static_cast<int>(w.rules.rank(s)));
  j.key("title").value(w(s, "title")).key("publisher").value(w(s, "publisher"));
  if (s.find("url")) j.key("url").value(s.text("url"));
  if (s.find("published")) j.key("published").value(s.text("published"));  // absent: undated
  j.key("read").value(s.text("read"));
  if (s.find("note")) j.key("note").value(w(s, "note"));
  j.end_object();
}

void write_sources(JsonWriter& j, const Words& w, const Sources& sources) {
  j.begin_array();
  for (const JsonValue* s : by_authority(w.rules, sources)) write_source(j, w, *s);
  j.end_array();
}

void write_status(JsonWriter& j, const Words& w, const Status& status) {
  j.begin_object().key("code").value(name(status.code)).key("text").value(w.status(status));
  if (status.since) j.key("since").value(format_iso_date(*status.since));
  if (status.until) j.key("until").value(format_iso_date(*status.until));
  if (status.mission) j.key("missionConfirmed").value(format_iso_date(status.mission->confirmed));
  j.end_object();
}

}  // namespace iin::detail
