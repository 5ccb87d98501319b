// Reading the answers JavaScript passes, checked like a ruleset: every key known, every id one the
// ruleset defines, every date real and in order. Paths name the answer ("answers.birthDate").
#include <algorithm>

#include "checklist/validator.hpp"
#include "iin/checklist_json.hpp"
#include "shared/concat.hpp"
#include "shared/json_tree.hpp"

namespace iin {
namespace {
using detail::concat;
using detail::Field;
using detail::Kind;
using detail::Path;
using detail::Target;
using detail::Validator;
using namespace detail::fields;  // NOLINT(google-build-using-namespace): the tables read as the format

constexpr detail::JsonLimits kAnswerLimits{std::size_t{64} * 1024, 8};

void in_order(Validator& v, const JsonValue& value, const Path& at, const char* earlier, const char* later,
              const char* says) {
  const auto first = value.date(earlier);
  const auto second = value.date(later);
  if (first && second && *second < *first) {
    const bool on_later = std::string_view(later) != "today";
    v.fail(ErrorCode::date_order, at / (on_later ? later : earlier),
           concat({format_iso_date(on_later ? *second : *first), says,
                   format_iso_date(on_later ? *first : *second)}));
  }
}

void answer_dates(Validator& v, const JsonValue& value, const Path& at) {
  in_order(v, value, at, "birthDate", "today", " is after today, ");
  in_order(v, value, at, "today", "applyOn", " is before today, ");
}

void choice_dates(Validator& v, const JsonValue& value, const Path& at) {
  in_order(v, value, at, "today", "applyOn", " is before today, ");
}

// The answer to one of the ruleset's questions: one of its options, or null while unanswered.
bool question_answer(Validator& v, const std::string& key, const JsonValue& value, const Path& at) {
  const JsonValue* question = v.rules.questions.find(key);
  if (!question) return false;
  if (value.type == JsonValue::Type::null) return true;
  const auto& options = question->list("options");
  const bool known = value.type == JsonValue::Type::string &&
                     std::any_of(options.begin(), options.end(),
                                 [&](const JsonValue& o) { return o.text("id") == value.string; });
  if (!known) {
    std::string listed;
    for (const JsonValue& o : options) listed += concat({listed.empty() ? "'" : ", '", o.text("id"), "'"});
    v.fail(value.type == JsonValue::Type::string ? ErrorCode::unknown_id : ErrorCode::wrong_type, at,
           concat({"must be one of ", listed, ", or null while unanswered"}));
  }
  return true;
}

constexpr Field kAnswerFields[] = {
    make("channel", Kind::id),
    optional(make("category", Kind::id)),
    optional(make("birthDate", Kind::date)),
    make("today", Kind::date),
    optional(make("applyOn", Kind::date)),
    optional(make("representative", Kind::flag)),
    optional(spelling("lang", kLanguages)),
    optional(refs("have", Target::document, 0)),
    optional(make("expiries", Kind::expiries)),
    optional(make("holdsIin", Kind::flag)),
};
const detail::Shape kAnswers = detail::shape(kAnswerFields, answer_dates, question_answer);

constexpr Field kChoiceFields[] = {
    optional(spelling("lang", kLanguages)),
    make("today", Kind::date),
    optional(make("applyOn", Kind::date)),
};
const detail::Shape kChoices = detail::shape(kChoiceFields, choice_dates);

constexpr Field kChangesFields[] = {make("version", Kind::version), object("answers", kAnswers)};

// The tree of a call's JSON text, checked against `shape`; paths start at `root`.
Result<JsonValue> read(const Ruleset& rules, std::string_view json, const detail::Shape& shape,
                       const char* root) {
  Result<JsonValue> parsed = detail::parse_json(json, kAnswerLimits);
  if (!parsed) {
    Error error = parsed.error();
    error.path = root;
    return error;
  }
  Validator v(rules);
  v.object(*parsed, shape, Path{nullptr, root});
  if (v.failed()) return v.error();
  return parsed;
}

Language language(const JsonValue& request) {
  return parse_language(request.text("lang")).value_or(Language::en);
}
}  // namespace

std::string_view Answers::reply(std::string_view question) const {
  for (const auto& [id, option] : replies) {
    if (id == question) return option;
  }
  return {};
}

namespace {
Request request_from(const Ruleset& rules, const JsonValue& r) {
  Request request;
  Answers& a = request.answers;
  a.channel = r.text("channel");
  a.category = r.text("category");
  a.birth_date = r.date("birthDate");
  a.today = *r.date("today");
  a.apply_on = r.date("applyOn");
  a.representative = r.flag("representative");
  a.language = language(r);
  for (const JsonValue& question : rules.root.list("questions")) {
    const std::string& option = r.text(question.text("id"));
    if (!option.empty()) a.replies.emplace_back(question.text("id"), option);
  }
  Holdings& h = request.holdings;
  for (const JsonValue& id : r.list("have")) h.have.push_back(id.string);
  if (const JsonValue* expiries = r.find("expiries")) {
    for (const auto& [id, date] : expiries->members)
      h.expiries.emplace_back(id, *parse_iso_date(date.string));
  }
  h.holds_iin = r.flag("holdsIin");
  return request;
}
}  // namespace

Result<Request> read_request(const Ruleset& rules, std::string_view json) {
  const Result<JsonValue> read = iin::read(rules, json, kAnswers, "answers");
  if (!read) return read.error();
  return request_from(rules, *read);
}

// JavaScript writes { version, answers }: each is checked as the argument it was (paths "version",
// "answers.x").
Result<ChangesRequest> read_changes_request(const Ruleset& rules, std::string_view json) {
  const Result<JsonValue> parsed = detail::parse_json(json, kAnswerLimits);
  if (!parsed) return parsed.error();
  Validator v(rules);
  for (const Field& field : kChangesFields) {
    const JsonValue* value = parsed->find(field.key);
    if (!value) return Error{ErrorCode::missing_key, field.key, "is required"};
    v.value(*value, field, Path{nullptr, field.key});
    if (v.failed()) return v.error();
  }
  ChangesRequest request;
  request.version = parsed->text("version");
  request.answers = request_from(rules, *parsed->find("answers")).answers;
  return request;
}

Result<ChoicesRequest> read_choices_request(const Ruleset& rules, std::string_view json) {
  const Result<JsonValue> read = iin::read(rules, json, kChoices, "options");
  if (!read) return read.error();
  ChoicesRequest request;
  request.language = language(*read);
  request.today = *read->date("today");
  request.apply_on = read->date("applyOn");
  return request;
}

}  // namespace iin
