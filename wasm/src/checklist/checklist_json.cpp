#include "iin/checklist_json.hpp"

#include "shared/json_reader.hpp"
#include "shared/json_tree.hpp"
#include "shared/json_writer.hpp"

namespace iin {
namespace {
using detail::JsonLimits;
using detail::JsonParse;
using detail::JsonValue;
using detail::JsonWriter;
using detail::ObjectReader;
using detail::PathStyle;
using detail::ReadErrors;

constexpr JsonLimits kAnswerLimits{std::size_t{64} * 1024, 8};

std::optional<CivilDate> read_date(ObjectReader& r, std::string_view key, bool required) {
  const JsonValue* value = r.member(key, required);
  if (!value) return std::nullopt;
  std::optional<CivilDate> date;
  if (value->type == JsonValue::Type::string) date = parse_iso_date(value->string);
  if (!date) {
    r.errors().add(value->type == JsonValue::Type::string ? ErrorCode::invalid_date : ErrorCode::wrong_type,
                   r.path_of(key), "must be a real date written YYYY-MM-DD");
  }
  return date;
}

void write(JsonWriter& j, const CivilDate& date) { j.value(format_iso_date(date)); }

void write(JsonWriter& j, const CitedSource& s) {
  j.begin_object().key("id").value(s.id).key("title").value(s.title).key("publisher").value(s.publisher);
  j.key("published").value(s.published).key("checked");
  write(j, s.checked);
  j.end_object();
}

void write(JsonWriter& j, const Named& n) {
  j.begin_object()
      .key("id")
      .value(n.id)
      .key("title")
      .value(n.title)
      .key("summary")
      .value(n.summary)
      .end_object();
}

void write(JsonWriter& j, const ListedGround& g) {
  j.begin_object().key("code").value(g.code).key("title").value(g.title);
  if (!g.note.empty()) j.key("note").value(g.note);
  j.key("source");
  write(j, g.source);
  j.end_object();
}

void write(JsonWriter& j, const std::vector<ListedGround>& grounds) {
  j.begin_array();
  for (const ListedGround& g : grounds) write(j, g);
  j.end_array();
}

void write(JsonWriter& j, const ListedItem& item) {
  j.begin_object().key("id").value(item.id).key("title").value(item.title).key("detail").value(item.detail);
  j.key("original").value(item.original).key("copy").value(item.copy);
  j.key("notarizedTranslation").value(item.notarized_translation).key("optional").value(item.optional);
  for (const auto& [key, members] : {std::pair{"oneOf", &item.one_of}, std::pair{"allOf", &item.all_of}}) {
    if (members->empty()) continue;
    j.key(key).begin_array();
    for (const ListedItem& member : *members) write(j, member);
    j.end_array();
  }
  j.end_object();
}

void write(JsonWriter& j, const Reason& reason) {
  j.begin_object().key("code").value(reason.code).key("met");
  if (reason.met) {
    j.value(*reason.met);
  } else {
    j.null();
  }
  j.key("text").value(reason.text);
  if (reason.date) {
    j.key("date");
    write(j, *reason.date);
  }
  j.end_object();
}
}  // namespace

Result<Request> read_request(std::string_view json) {
  Request request;
  JsonParse parsed = detail::parse_json(json, kAnswerLimits);
  if (!parsed) {
    Error error = parsed.error();
    error.path = "answers";
    return error;
  }
  ReadErrors errors;
  ObjectReader r(*parsed, "answers", errors, PathStyle::javascript);
  Answers& a = request.answers;
  Holdings& h = request.holdings;
  a.channel = r.string("channel");
  a.category = r.optional_string("category").value_or("");
  a.birth_date = read_date(r, "birthDate", false);
  a.today = read_date(r, "today", true).value_or(CivilDate{});
  a.representative = r.flag("representative");
  if (auto lang = r.optional_string("lang")) {
    if (auto language = parse_language(*lang)) {
      a.language = *language;
    } else {
      errors.add(ErrorCode::invalid_value, r.path_of("lang"), "must be 'en', 'ru' or 'kk'");
    }
  }
  r.each(
      "have",
      [&](const JsonValue& v, const std::string& path) {
        if (v.type != JsonValue::Type::string) {
          return errors.add(ErrorCode::wrong_type, path, "must be a document id (a string)");
        }
        h.have.push_back(v.string);
      },
      true, 200);
  if (const JsonValue* expiries = r.member("expiries", false)) {
    ObjectReader e(*expiries, r.path_of("expiries"), errors, PathStyle::javascript);
    for (const auto& [id, value] : expiries->members) {
      if (auto date = read_date(e, id, true)) h.expiries.emplace_back(id, *date);
    }
  }
  a.apply_on = read_date(r, "applyOn", false);
  h.iin = r.optional_string("iin").value_or("");
  r.finish();
  if (errors.any()) return errors.first();
  return request;
}

std::string categories_json(const Ruleset& rules, Language language) {
  JsonWriter j;
  j.begin_object().key("asOf");
  write(j, rules.as_of);
  j.key("channels").begin_array();
  for (const ChannelSummary& summary : list_categories(rules, language)) {
    j.begin_object().key("id").value(summary.channel.id).key("title").value(summary.channel.title);
    j.key("summary").value(summary.channel.summary).key("whoMaySubmit").value(name(summary.who_may_submit));
    j.key("categories").begin_array();
    for (const Named& category : summary.categories) write(j, category);
    j.end_array().end_object();
  }
  j.end_array().key("sources").begin_array();
  for (const Source& s : rules.sources) {
    write(j, CitedSource{s.id, s.title.in(language), s.publisher, s.published, s.checked});
  }
  j.end_array().end_object();
  return j.text();
}

std::string checklist_json(const Checklist& c) {
  JsonWriter j;
  j.begin_object().key("channel");
  write(j, c.channel);
  j.key("category");
  if (c.category) {
    write(j, *c.category);
  } else {
    j.null();
  }
  j.key("eligible").value(c.eligible).key("eligibility").begin_array();
  for (const Reason& reason : c.eligibility) write(j, reason);
  j.end_array().key("items").begin_array();
  for (const ListedItem& item : c.items) write(j, item);
  j.end_array();
  j.key("whoMaySubmit")
      .begin_object()
      .key("code")
      .value(name(c.who_may_submit))
      .key("text")
      .value(c.who_may_submit_text)
      .end_object();
  j.key("term").begin_object().key("workingDays");
  if (c.term_working_days) {
    j.value(*c.term_working_days);
  } else {
    j.null();
  }
  j.key("text").value(c.term_text).key("note").value(c.term_note).end_object();
  j.key("refusalGrounds").begin_object().key("accept");
  write(j, c.refuse_to_accept);
  j.key("form");
  write(j, c.refuse_to_form);
  j.end_object().key("sources").begin_array();
  for (const CitedSource& s : c.sources) write(j, s);
  j.end_array().key("asOf");
  write(j, c.as_of);
  j.key("history").begin_array();
  for (const HistoryLine& h : c.history) {
    j.begin_object()
        .key("id")
        .value(h.id)
        .key("text")
        .value(h.text)
        .key("superseded")
        .value(true)
        .key("source");
    write(j, h.source);
    j.key("supersededBy");
    write(j, h.superseded_by);
    j.end_object();
  }
  j.end_array().end_object();
  return j.text();
}

std::string assessment_json(const Assessment& a) {
  JsonWriter j;
  j.begin_object().key("ready").value(a.ready).key("eligible").value(a.eligible).key("missing").begin_array();
  for (const MissingItem& m : a.missing)
    j.begin_object().key("id").value(m.id).key("title").value(m.title).end_object();
  j.end_array().key("expired").begin_array();
  for (const ExpiredItem& e : a.expired) {
    j.begin_object().key("id").value(e.id).key("title").value(e.title).key("expiredOn");
    write(j, e.expired_on);
    j.end_object();
  }
  j.end_array().key("grounds");
  write(j, a.grounds);
  j.key("readyBy");
  if (a.ready_by) {
    write(j, *a.ready_by);
  } else {
    j.null();
  }
  j.key("readyByNote").value(a.ready_by_note).end_object();
  return j.text();
}

std::string error_json(const Error& error) {
  JsonWriter j;
  j.begin_object().key("error").begin_object();
  j.key("code").value(name(error.code)).key("path").value(error.path).key("message").value(error.message);
  j.end_object().end_object();
  return j.text();
}

}  // namespace iin
