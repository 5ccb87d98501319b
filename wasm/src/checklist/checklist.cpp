// The engine's three answers, as JSON: the choices on the day of applying, the checklist for one
// situation, and the verdict on a package.
#include <algorithm>

#include "checklist/answer_writer.hpp"
#include "checklist/parts.hpp"
#include "iin/checklist_json.hpp"
#include "shared/concat.hpp"

namespace iin {
namespace {
using detail::AnswerWriter;
using detail::Holding;
using detail::ItemWriter;
using detail::JsonWriter;
using detail::Questions;
using detail::Selection;
using detail::Situation;
using detail::Sources;
using detail::Truth;
using detail::Words;

std::string iso(const CivilDate& day) { return format_iso_date(day); }

const std::string& holiday_title(const Words& w, const JsonValue& day) {
  return w(w.rules.holidays.find(day.text("holiday")), "title");
}

// "16 December is Independence Day", and the data's note, if any.
std::string day_off_text(const Words& w, const JsonValue& day) {
  const CivilDate date = day.date("date").value_or(CivilDate{2000, 1, 1});
  const auto moved = day.date("movedFrom");
  std::string text =
      moved ? w.phrase(Phrase::day_off_moved, {{"date", w.day_month(date)},
                                               {"holiday", holiday_title(w, day)},
                                               {"moved", w.day_month(*moved)}})
            : w.phrase(Phrase::day_off, {{"date", w.day_month(date)}, {"holiday", holiday_title(w, day)}});
  if (day.find("note")) {
    text += ' ';
    text += w(day, "note");
  }
  return text;
}

// Whether a day a count passed over is the mission's closed day rather than a national day off.
bool mission_day(const Situation& s, const JsonValue* day) {
  return s.mission && s.mission->is_closed_day(day);
}

// "25 December: the mission is closed (Christmas Day)."
std::string closed_day_text(const Words& w, const JsonValue& day) {
  return w.phrase(
      Phrase::mission_closed_day,
      {{"date", w.day_month(day.date("date").value_or(CivilDate{2000, 1, 1}))}, {"name", w(day, "name")}});
}

// { date, text, countedFrom }: the office is closed on the day of applying.
void write_closed(JsonWriter& j, const Situation& s, const WorkingDays& counted) {
  const Words& w = s.w;
  const std::string date = w.date(s.day);
  const std::string next = w.date(counted.counted_from);
  const std::string text =
      counted.closed_weekday ? w.phrase(Phrase::closed_on_mission_weekday, {{"date", date}, {"next", next}})
      : mission_day(s, counted.closed_day_off)
          ? w.phrase(Phrase::closed_on_mission_day,
                     {{"date", date}, {"name", w(*counted.closed_day_off, "name")}, {"next", next}})
      : counted.closed_day_off
          ? w.phrase(Phrase::closed_on_day_off,
                     {{"date", date}, {"holiday", holiday_title(w, *counted.closed_day_off)}, {"next", next}})
          : w.phrase(Phrase::closed_on_weekend, {{"date", date}, {"next", next}});
  j.begin_object().key("date").value(iso(s.day)).key("text").value(text);
  j.key("countedFrom").value(iso(counted.counted_from)).end_object();
}

// The days off a count passed over, and how sure the calendar is of the days it counted.
void write_calendar(AnswerWriter& out, const Situation& s, const WorkingDays& counted) {
  const Words& w = s.w;
  const JsonValue& calendar = s.rules.calendar();
  JsonWriter& j = out.j;
  Sources sources;
  for (const auto& [key, days] :
       {std::pair{"daysOffSkipped", &counted.skipped}, std::pair{"notDaysOff", &counted.not_days_off},
        std::pair{"mayBeDaysOff", &counted.unsettled}}) {
    j.key(key).begin_array();
    for (const JsonValue* day : *days) {
      const bool mission = mission_day(s, day);
      j.begin_object().key("date").value(day->text("date"));
      j.key("holiday").value(mission ? std::string_view("mission_closed")
                                     : std::string_view(day->text("holiday")));
      j.key("text").value(mission                    ? closed_day_text(w, *day)
                          : days == &counted.skipped ? day_off_text(w, *day)
                                                     : w(*day, "text"));
      j.end_object();
      detail::add_sources(s.rules, day->list("sources"), sources);
    }
    j.end_array();
  }
  for (const JsonValue& year : calendar.list("years")) {
    const JsonValue* number = year.find("year");
    if (number && number->integer >= counted.counted_from.year && number->integer <= counted.ready_by.year) {
      detail::add_sources(s.rules, year.list("sources"), sources);
    }
  }
  const bool sure = counted.confidence == Confidence::published;
  const JsonValue* rule = calendar.find("rule");
  if (!sure && rule) detail::add_sources(s.rules, rule->list("sources"), sources);
  const Phrase phrase = sure                                          ? Phrase::calendar_published
                        : counted.confidence == Confidence::estimated ? Phrase::calendar_estimated
                                                                      : Phrase::calendar_weekdays_only;
  j.key("calendar")
      .begin_object()
      .key("id")
      .value(calendar.text("id"))
      .key("title")
      .value(w(calendar, "title"));
  j.key("confidence").value(name(counted.confidence));
  j.key("text").value(w.phrase(phrase, {{"year", detail::decimal(counted.confidence_year)}}));
  if (!sure && rule) j.key("rule").value(w(*rule, "text"));
  j.key("sources");
  out.sources(sources);
  j.end_object();
}

}  // namespace

std::string detail::checklist_json(const Situation& s) {
  const Ruleset& rules = s.rules;
  const Words& w = s.w;
  JsonWriter j;
  AnswerWriter out(w, s.day, j);
  ItemWriter items(out, s);

  j.begin_object().key("version").value(rules.version).key("asOf").value(s.channel.text("asOf"));
  j.key("applyOn").value(iso(s.day)).key("channel");
  out.named(s.channel, status_of(rules, s.channel, nullptr, s.day, s.mission));
  out.cite(s.channel);
  j.key("category");
  if (s.category) {
    out.named(*s.category, status_of(rules, *s.category, s.day));
    out.cite(*s.category);
  } else {
    j.null();
  }
  j.key("status");
  out.status(s.status);
  JsonWriter reasons;
  j.key("eligible")
      .value(s.eligibility(&reasons))
      .key("eligibility")
      .json(reasons.text())
      .key("items")
      .begin_array();
  for (const JsonValue* item : s.items()) {
    if (s.listed(*item)) items.item(*item);
  }
  j.end_array().key("questions");
  items.questions();
  const std::string& who = s.channel.text("whoMaySubmit");
  j.key("whoMaySubmit").begin_object().key("code").value(who);
  j.key("text").value(w.phrase(detail::submission_phrase(who))).end_object();
  const JsonValue* days = s.term ? s.term->find("workingDays") : nullptr;
  j.key("term").begin_object().key("workingDays");
  days ? j.value(static_cast<int>(days->integer)) : j.null();
  j.key("text").value(s.term ? w(*s.term, "text") : std::string());
  j.key("note").value(w.phrase(days ? Phrase::working_days_note : Phrase::no_fixed_term)).key("sources");
  s.term ? out.sources(*s.term) : out.sources(Sources());
  j.key("disputed");
  s.term ? out.disputes(*s.term) : (void)j.begin_array().end_array();
  j.end_object().key("opensOnDaysOff").value(s.channel.flag("opensOnDaysOff")).key("notes").begin_array();
  out.notes(s.channel);
  if (s.category) out.notes(*s.category);
  j.end_array().key("refusalGrounds").begin_object().key("accept");
  out.grounds(s.channel, "refuseToAccept");
  j.key("form");
  out.grounds(s.channel, "refuseToForm");
  j.end_object().key("history").begin_array();
  for (const JsonValue& h : rules.root.list("history")) {
    const std::string& category = h.text("category");
    if (rules.channels.find(h.text("channel")) == &s.channel &&
        (category.empty() || (s.category && category == s.category->text("id")))) {
      out.history("rule", h, &s.channel, category, w(s.channel, "title"), w(h, "text"));
    }
  }
  j.end_array().key("sources");
  const Sources cited = out.cited;
  detail::write_sources(j, w, cited);
  j.end_object();
  return j.text();
}

std::string detail::assessment_json(const Situation& s, const Holdings& holdings) {
  const Ruleset& rules = s.rules;
  const Words& w = s.w;

  Holding holding;
  for (const std::string& id : holdings.have) holding.have.emplace_back(id);
  for (const auto& [id, expiry] : holdings.expiries) {
    if (expiry < s.day) holding.expired.emplace_back(id);  // a document is valid through its date
  }

  // Each item the applicant lacks is missing, held but expired, or waits for an answer.
  JsonWriter missing;
  JsonWriter waiting;
  missing.begin_array();
  waiting.begin_array();
  std::vector<std::string_view> expired;
  bool incomplete = false;
  bool unanswered = false;
  for (const JsonValue* item : s.items()) {
    if (!s.listed(*item)) continue;
    Questions open;
    const Truth strict = detail::met(s, holding, *item, false, open);
    if (strict == Truth::yes) continue;
    Questions ignored;
    const Truth lenient = detail::met(s, holding, *item, true, ignored);
    const JsonValue* document = s.document(*item);
    const JsonValue& named = document ? *document : *item;
    if (lenient == Truth::yes) {
      detail::expired_within(s, holding, *item, expired);
    } else if (strict == Truth::unknown || lenient == Truth::unknown) {
      unanswered = true;
      waiting.begin_object().key("id").value(named.text("id")).key("title").value(w(named, "title"));
      waiting.key("questions").begin_array();
      for (auto q = open.begin(); q != open.end(); ++q) {
        if (std::find(open.begin(), q, *q) == q) waiting.value(*q);  // once each
      }
      waiting.end_array().end_object();
    } else {
      incomplete = true;
      missing.begin_object()
          .key("id")
          .value(named.text("id"))
          .key("title")
          .value(w(named, "title"))
          .end_object();
    }
  }
  missing.end_array();
  waiting.end_array();

  const bool eligible = s.eligibility();
  const bool open_route = s.status.code == StatusCode::in_force || s.status.code == StatusCode::unconfirmed;
  const bool confirmed = s.status.code == StatusCode::in_force;  // someone vouches that it takes applications
  const bool registered = holdings.holds_iin;                    // an IIN is given once, for life
  const bool papers = open_route && eligible && !incomplete && expired.empty() && !unanswered && !registered;
  const JsonValue* term_days = s.term ? s.term->find("workingDays") : nullptr;
  const int days = term_days ? static_cast<int>(term_days->integer) : 0;
  const bool dated = confirmed && days > 0;  // a ready-by day, once the papers are complete

  JsonWriter j;
  AnswerWriter out(w, s.day, j);
  // ready: true, false, or null when the papers match the list of a route nobody confirms.
  j.begin_object().key("ready");
  papers && !confirmed ? (void)j.null() : (void)j.value(papers);
  j.key("readiness").value(!papers ? "not_ready" : confirmed ? "ready" : "unconfirmed");
  j.key("readinessText");
  if (papers && !confirmed) {
    // The list it follows is the one of the year its dates ended, or its sources were last read.
    const bool ended = s.status.phrase == Phrase::status_unconfirmed_end && s.status.since;
    const int year = ended ? add_days(*s.status.since, -1).year : s.status.read.value_or(rules.as_of).year;
    j.value(w.phrase(Phrase::papers_match_unconfirmed, {{"year", detail::decimal(year)}}));
  } else {
    j.null();
  }
  const JsonValue* fallback = s.channel.find("fallback");
  j.key("fallback");
  fallback ? (void)j.value(w(rules.phrases.find(fallback->string))) : (void)j.null();
  j.key("representedBy");
  if (s.represented()) {
    j.begin_object().key("code").value(kRepresentedBy[0]);
    j.key("text").value(w.phrase(Phrase::represented_by_parent_or_guardian)).end_object();
  } else {
    j.null();
  }
  j.key("eligible").value(eligible).key("status");
  out.status(s.status);
  j.key("missing").json(missing.text()).key("expired").begin_array();
  for (const auto& [id, expiry] : holdings.expiries) {
    if (std::find(expired.begin(), expired.end(), id) == expired.end()) continue;
    j.begin_object().key("id").value(id).key("title").value(w(rules.documents.find(id), "title"));
    j.key("expiredOn").value(iso(expiry)).end_object();
  }
  j.end_array().key("conditional").json(waiting.text());

  // The grounds a refusal would cite, in the order the office would meet them.
  j.key("grounds").begin_array();
  if (!open_route) {
    const JsonValue& rule = s.status.rule ? *s.status.rule : s.channel;
    j.begin_object().key("code").value("not_in_force");
    j.key("title")
        .value(w.phrase(Phrase::ground_not_in_force, {{"status", w.status(s.status)}}))
        .key("sources");
    out.sources(rule, rule.find("validitySources") ? "validitySources" : "sources");
    j.key("disputed").begin_array().end_array().end_object();
  }
  if (!eligible) {
    j.begin_object()
        .key("code")
        .value("not_eligible")
        .key("title")
        .value(w.phrase(Phrase::ground_not_eligible));
    j.key("sources");
    out.sources(s.category ? *s.category : s.channel);
    j.key("disputed").begin_array().end_array().end_object();
  }
  for (const auto& [code, applies] :
       {std::pair{"incomplete_package", incomplete}, std::pair{"expired_document", !expired.empty()},
        std::pair{"previously_registered_iin", registered}}) {
    // The first ground of that code, refusal to accept before refusal to form: an office that will
    // not accept a package never comes to form the number.
    const JsonValue* ground = nullptr;
    for (const char* list : {"refuseToAccept", "refuseToForm"}) {
      for (const JsonValue& g : s.channel.list(list)) {
        if (!ground && g.text("code") == code && detail::in_force(g, s.day)) ground = &g;
      }
    }
    if (applies && ground) out.ground(code, w(*ground, "title"), *ground);
  }
  j.end_array();

  // When the IIN would be ready: working days after the day of applying (or after the next day the
  // office opens), with the days off passed over. readyIfComplete plans before anything is ticked.
  const WorkingDays counted =
      count_working_days(rules, s.day, days, Office{s.channel.flag("opensOnDaysOff"), s.mission});
  j.key("closedOn");
  counted.closed ? write_closed(j, s, counted) : (void)j.null();
  j.key("readyIfComplete");
  dated ? j.value(iso(counted.ready_by)) : j.null();
  j.key("readyBy");
  dated&& papers ? j.value(iso(counted.ready_by)) : j.null();
  j.key("readyByIfWorking");
  dated&& counted.ready_by_if_working ? j.value(iso(*counted.ready_by_if_working)) : j.null();
  j.key("readyByReason");
  if (dated && papers) {
    j.null();
  } else {
    j.value(!open_route  ? "route_not_open"
            : !confirmed ? "route_unconfirmed"
            : days == 0  ? "no_fixed_term"
                         : "not_ready");
  }
  j.key("readyByNote").value(w.phrase(days > 0 ? Phrase::working_days_note : Phrase::no_fixed_term));
  if (dated) {
    write_calendar(out, s, counted);
  } else {
    j.key("daysOffSkipped").begin_array().end_array().key("notDaysOff").begin_array().end_array();
    j.key("mayBeDaysOff").begin_array().end_array().key("calendar").null();
  }
  j.end_object();
  return j.text();
}

std::string choices_json(const Ruleset& rules, const ChoicesRequest& request, const MissionProfile* mission) {
  const CivilDate day = request.day;
  const Words w(rules, request.language);
  JsonWriter j;
  JsonWriter past;  // the routes that have ended, then the history entries: never a choice
  AnswerWriter out(w, day, j);
  AnswerWriter history(w, day, past);
  past.begin_array();
  j.begin_object().key("version").value(rules.version).key("asOf").value(iso(rules.as_of));
  j.key("applyOn").value(iso(day)).key("channels").begin_array();
  for (const JsonValue& channel : rules.root.list("channels")) {
    const MissionProfile* own = mission && mission->channel == &channel ? mission : nullptr;
    const Status status = status_of(rules, channel, nullptr, day, own);
    if (status.code == StatusCode::ended) {
      history.history("channel", channel, &channel, {}, w(channel, "title"), w(channel, "summary"));
      continue;
    }
    const std::string& who = channel.text("whoMaySubmit");
    j.begin_object().key("id").value(channel.text("id")).key("title").value(w(channel, "title"));
    j.key("summary").value(w(channel, "summary")).key("status");
    out.status(status);
    j.key("whoMaySubmit").begin_object().key("code").value(who);
    j.key("text").value(w.phrase(detail::submission_phrase(who))).end_object();
    j.key("disputed");
    out.disputes(channel);
    j.key("categories").begin_array();
    for (const JsonValue& category : channel.list("categories")) {
      if (status_of(rules, category, day).code == StatusCode::ended) {
        history.history("category", category, &channel, category.text("id"), w(category, "title"),
                        w(category, "summary"));
      } else {
        out.named(category, status_of(rules, channel, &category, day, own));
      }
    }
    // The categories the mission accepts besides the national list: choices while they last.
    for (std::size_t i = 0; own && i < own->extra_categories.size(); ++i) {
      const Status extra = status_of(rules, channel, own->extra_categories[i], day, own);
      if (extra.code != StatusCode::ended) out.named(*own->extra_categories[i], extra);
    }
    j.end_array().end_object();
  }
  for (const JsonValue& h : rules.root.list("history")) {
    const JsonValue* channel = rules.channels.find(h.text("channel"));
    history.history("rule", h, channel, h.text("category"), channel ? w(*channel, "title") : std::string(),
                    w(h, "text"));
  }
  past.end_array();
  j.end_array().key("history").json(past.text()).key("sourceKinds").begin_array();
  for (const JsonValue& kind : rules.root.list("sourceKinds")) {
    j.begin_object().key("id").value(kind.text("id")).key("title").value(w(kind, "title")).end_object();
  }
  j.end_array().key("sources");
  Sources all;
  for (const JsonValue& source : rules.root.list("sources")) all.push_back(&source);
  detail::write_sources(j, w, all);
  j.end_object();
  return j.text();
}

}  // namespace iin
