#include "iin/checklist.hpp"
#include "iin/mission.hpp"

namespace iin {
namespace {
constexpr const char* kStatusCodes[] = {"in_force", "unconfirmed", "not_yet", "not_accepting", "ended"};
}  // namespace

const char* name(StatusCode code) { return kStatusCodes[static_cast<int>(code)]; }

Status status_of(const Ruleset& rules, const JsonValue& rule, const CivilDate& day) {
  Status s;
  s.rule = &rule;
  for (const char* list : {"sources", "validitySources"}) {
    for (const JsonValue& id : rule.list(list)) {
      const JsonValue* source = rules.sources.find(id.string);
      const auto read = source ? source->date("read") : std::nullopt;
      if (read && (!s.read || *s.read < *read)) s.read = read;
    }
  }
  const auto from = rule.date("validFrom");
  const auto to = rule.date("validTo");
  if (from && day < *from) {
    s.code = StatusCode::not_yet;
    s.phrase = Phrase::status_not_yet;
    s.since = from;
    s.until = to;
  } else if (to && *to < day) {
    const bool confirmed = rule.flag("endConfirmed");
    s.code = confirmed ? StatusCode::ended : StatusCode::unconfirmed;
    s.phrase = confirmed ? Phrase::status_ended : Phrase::status_unconfirmed_end;
    s.since = add_days(*to, 1);
  } else if (s.read && add_days(*s.read, rules.review_after_days) < day) {
    // In force by its dates, but nobody has read its sources for longer than the data allows.
    s.code = StatusCode::unconfirmed;
    s.phrase = Phrase::status_unconfirmed_stale;
    s.since = add_days(*s.read, rules.review_after_days + 1);
  } else {
    s.phrase = to ? Phrase::status_in_force_until : Phrase::status_in_force;
    s.since = from;
    s.until = to;
  }
  if (s.code != StatusCode::in_force) s.note = rule.find("statusNote");
  return s;
}

Status status_of(const Ruleset& rules, const JsonValue& channel, const JsonValue* category,
                 const CivilDate& day, const MissionProfile* mission) {
  Status own = status_of(rules, channel, day);
  Status national = own;
  if (category) {
    Status narrower = status_of(rules, *category, day);
    if (narrower.code > own.code) national = narrower;  // on a tie the channel's words explain it
  }
  if (!mission || mission->channel != &channel || !mission->confirmation_current(rules, day)) return national;
  const bool open = national.code == StatusCode::in_force || national.code == StatusCode::unconfirmed;
  if (mission->accepting ? national.code != StatusCode::unconfirmed : !open) return national;
  Status word;
  word.code = mission->accepting ? StatusCode::in_force : StatusCode::not_accepting;
  word.phrase = mission->accepting ? Phrase::mission_accepting : Phrase::mission_not_accepting;
  word.since = mission->confirmed;
  word.rule = national.rule;
  word.read = national.read;
  word.mission = mission;
  return word;
}

}  // namespace iin
