// Reading the answers JavaScript passes, checked like a ruleset: every key known, every id one the
// ruleset defines, every date real and in order. Paths name the answer ("answers.birthDate").
#include <algorithm>

#include "checklist/situation.hpp"
#include "checklist/validator.hpp"
#include "iin/checklist_json.hpp"
#include "shared/concat.hpp"
#include "shared/json_tree.hpp"
#include "shared/json_writer.hpp"

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
    optional(make("since", Kind::version)),
};

Language language(const JsonValue& request) {
  return parse_language(request.text("lang")).value_or(Language::en);
}

Request request_from(const Ruleset& rules, const JsonValue& r) {
  Request request;
  Answers& a = request.answers;
  a.channel = r.text("channel");
  a.category = r.text("category");
  a.birth_date = r.date("birthDate");
  a.today = r.date("today").value_or(CivilDate{});
  a.apply_on = r.date("applyOn");
  a.representative = r.flag("representative");
  a.language = language(r);
  for (const JsonValue& question : rules.root.list("questions")) {
    const std::string& option = r.text(question.text("id"));
    if (!option.empty()) a.replies.emplace_back(question.text("id"), option);
  }
  Holdings& h = request.holdings;
  for (const JsonValue& id : r.list("have")) {
    if (id.type == JsonValue::Type::string) h.have.push_back(id.string);
  }
  if (const JsonValue* expiries = r.find("expiries")) {
    for (const auto& [id, date] : expiries->members)
      h.expiries.emplace_back(id, *parse_iso_date(date.string));
  }
  h.holds_iin = r.flag("holdsIin");
  return request;
}

// A document the rules no longer have, as the change log removed it ({ id, title }), or nullptr.
const JsonValue* removed_document(const Ruleset& rules, const std::string& id) {
  for (const JsonValue& edition : rules.root.list("changeLog")) {
    for (const JsonValue& change : edition.list("changes")) {
      for (const JsonValue& removed : change.list("removed")) {
        if (removed.text("id") == id) return &removed;
      }
    }
  }
  return nullptr;
}

// One answer checked alone: its field, or the ruleset's question of that id.
std::optional<Error> check(const Ruleset& rules, const std::string& key, const JsonValue& value,
                           const Path& at) {
  Validator v(rules);
  const Field* field = nullptr;
  for (const Field& f : kAnswerFields) field = key == f.key ? &f : field;
  if (field) {
    v.value(value, *field, at);
  } else if (!question_answer(v, key, value, at)) {
    v.fail(ErrorCode::unknown_key, at, "is no answer of these rules");
  }
  if (v.failed()) return v.error();
  return std::nullopt;
}
}  // namespace

std::string_view Answers::reply(std::string_view question) const {
  for (const auto& [id, option] : replies) {
    if (id == question) return option;
  }
  return {};
}

void detail::write_refusal(std::string& out, const detail::Words& w, std::string_view key,
                           const std::string* value, const Error& error, const JsonValue* titled) {
  detail::JsonWriter j;
  j.begin_object().key("key").value(key).key("value");
  value ? (void)j.value(value->substr(0, 200)) : (void)j.null();
  j.key("code").value(name(error.code)).key("path").value(error.path).key("message").value(error.message);
  if (titled) j.key("title").value(w(*titled, "title"));
  j.end_object();
  if (!out.empty()) out += ',';
  out += j.text();
}

// Each answer is checked alone, and one that cannot be used is left out (and named): the rest of
// the case is still answered. Documents held are checked one by one.
Result<SituationRequest> read_situation_request(const Ruleset& rules, std::string_view json) {
  Result<JsonValue> parsed = detail::parse_json(json, kAnswerLimits);
  if (!parsed) {
    Error error = parsed.error();
    error.path = "answers";
    return error;
  }
  JsonValue& r = *parsed;
  if (r.type != JsonValue::Type::object) return Error{ErrorCode::wrong_type, "answers", "must be an object"};
  const Path root{nullptr, "answers"};
  const JsonValue* today = r.find("today");
  if (!today) return Error{ErrorCode::missing_key, "answers.today", "is required"};
  if (auto wrong = check(rules, "today", *today, root / "today")) return *wrong;
  const CivilDate day = *parse_iso_date(today->string);

  SituationRequest out;
  const detail::Words w(rules, language(r));
  // A value left out becomes null, which the request reads as no answer.
  const auto refuse = [&](const std::string& key, JsonValue& value, const Error& error,
                          const JsonValue* titled) {
    detail::write_refusal(out.refused, w, key,
                          value.type == JsonValue::Type::string ? &value.string : nullptr, error, titled);
    value = JsonValue();
  };
  for (auto& [key, value] : r.members) {
    const Path at = root / key;
    if (key == "have" && value.type == JsonValue::Type::array) {
      for (std::size_t i = 0; i < value.items.size(); ++i) {
        JsonValue& id = value.items[i];
        const bool text = id.type == JsonValue::Type::string;
        if (text && rules.documents.find(id.string)) continue;
        refuse(key, id,
               Error{text ? ErrorCode::unknown_id : ErrorCode::wrong_type, (at / i).written(),
                     text ? concat({"\"", id.string, "\" is no document of these rules"}) : "expected an id"},
               text ? removed_document(rules, id.string) : nullptr);
      }
    } else if (auto wrong = check(rules, key, value, at)) {
      refuse(key, value, *wrong, rules.questions.find(key));
    }
  }
  // A birth date after today, or a day of applying before it, cannot be.
  for (auto& [key, value] : r.members) {
    const auto date = parse_iso_date(value.string);
    const bool birth = key == "birthDate";
    if (!date || !(birth ? day < *date : key == "applyOn" && *date < day)) continue;
    refuse(key, value,
           Error{ErrorCode::date_order, (root / key).written(), birth ? "is after today" : "is before today"},
           nullptr);
  }
  out.request = request_from(rules, r);
  out.since = r.text("since");
  return out;
}

}  // namespace iin
