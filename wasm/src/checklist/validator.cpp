#include "checklist/validator.hpp"

#include <algorithm>

#include "shared/concat.hpp"
#include "shared/json_tree.hpp"

namespace iin::detail {
namespace {
bool is_id(std::string_view id) {
  return !id.empty() && id.size() <= limits::kId && id[0] >= 'a' && id[0] <= 'z' &&
         std::all_of(id.begin(), id.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

bool is_question_id(std::string_view id) {
  return !id.empty() && id.size() <= limits::kId && id[0] >= 'a' && id[0] <= 'z' &&
         std::all_of(id.begin(), id.end(),
                     [](char c) {
                       return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                     }) &&
         std::find(std::begin(kReservedAnswers), std::end(kReservedAnswers), id) ==
             std::end(kReservedAnswers);
}

bool is_version(std::string_view text) {
  return !text.empty() && text.size() <= limits::kVersion &&
         std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' ||
                  c == '-' || c == '_';
         });
}

// Invisible characters that reorder or hide text (U+061C, U+200B-U+200F, U+202A-U+202E,
// U+2066-U+2069), in UTF-8: in a link they can make one address look like another.
bool has_format_control(std::string_view text) {
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    const auto a = static_cast<unsigned char>(text[i]);
    const auto b = static_cast<unsigned char>(text[i + 1]);
    if (a == 0xD8 && b == 0x9C) return true;
    if (a != 0xE2 || i + 2 >= text.size()) continue;
    const auto c = static_cast<unsigned char>(text[i + 2]);
    if ((b == 0x80 && ((c >= 0x8B && c <= 0x8F) || (c >= 0xAA && c <= 0xAE))) ||
        (b == 0x81 && c >= 0xA6 && c <= 0xA9)) {
      return true;
    }
  }
  return false;
}

// An https address a reader can trust at a glance: its host is plain ASCII (an international
// domain in its xn-- form, as browsers show it), with no user name before it ("gov.kz@evil.example"),
// no backslash (browsers read it as a slash), and nothing invisible.
bool is_url(std::string_view text) {
  if (text.size() < limits::kUrlShortest || text.size() > limits::kUrl || text.substr(0, 8) != "https://")
    return false;
  if (std::any_of(text.begin(), text.end(),
                  [](char c) { return static_cast<unsigned char>(c) <= ' ' || c == '"' || c == '\\'; })) {
    return false;
  }
  const std::string_view host = text.substr(8, text.find_first_of("/?#", 8) - 8);
  return !host.empty() && host.find('@') == std::string_view::npos &&
         std::all_of(host.begin(), host.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }) &&
         !has_format_control(text);
}

bool is_phone(std::string_view text) {
  if (text.size() > limits::kPhone || text.empty() || text[0] != '+') return false;
  int digits = 0;
  for (char c : text.substr(1)) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
      return false;
    }
  }
  return digits >= limits::kPhoneDigitsFewest && digits <= limits::kPhoneDigits && text[1] >= '1' &&
         text[1] <= '9';
}

bool is_line(std::string_view text) {
  return !text.empty() && text.size() <= limits::kLine &&
         std::none_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < ' '; }) &&
         text.find_first_not_of(' ') != std::string_view::npos;
}

// YYYY, YYYY-MM or YYYY-MM-DD: the first two read as their first day.
bool is_partial_date(const std::string& text) {
  const std::size_t missing = text.size() == 4 ? 6 : text.size() == 7 ? 3 : 0;
  return parse_iso_date(concat({text, std::string_view("-01-01", missing)})).has_value();
}

// Whether `name` is one of the space-separated words of `list`.
bool listed(std::string_view list, std::string_view name) {
  while (!list.empty()) {
    const std::size_t space = list.find(' ');
    if (list.substr(0, space) == name) return true;
    if (space == std::string_view::npos) break;
    list.remove_prefix(space + 1);
  }
  return false;
}

}  // namespace

const char* target_name(Target target) {
  static constexpr const char* kNames[] = {"source kind", "source",  "question", "document",
                                           "channel",     "holiday", "phrase",   "calendar"};
  return kNames[static_cast<int>(target)];
}

Path Path::operator/(const char* member) const { return *this / std::string_view(member); }
Path Path::operator/(const std::string& member) const { return *this / std::string_view(member); }

std::string Path::written() const {
  if (!parent) return std::string(key);
  const Path* root = this;
  while (root->parent) root = root->parent;
  const bool javascript = !root->key.empty();
  std::string out = parent->written();
  if (is_item)
    return concat({out, javascript ? "[" : "/", detail::decimal(static_cast<std::int64_t>(index)),
                   javascript ? "]" : ""});
  out += javascript ? '.' : '/';
  for (char c : key) {
    if (!javascript && (c == '~' || c == '/')) {  // JSON Pointer's escapes
      out += '~';
      c = c == '~' ? '0' : '1';
    }
    out += c;
  }
  return out;
}

namespace {
bool find_path(const JsonValue& value, const JsonValue* target, const Path& at, std::string& out) {
  if (&value == target) {
    out = at.written();
    return true;
  }
  for (std::size_t i = 0; i < value.items.size(); ++i) {
    if (find_path(value.items[i], target, at / i, out)) return true;
  }
  for (const auto& member : value.members) {
    if (find_path(member.second, target, at / member.first, out)) return true;
  }
  return false;
}
}  // namespace

std::string pointer_to(const JsonValue& root, const JsonValue* target) {
  std::string out;
  find_path(root, target, Path(), out);
  return out;
}

const JsonValue* Validator::repeated(const std::vector<JsonValue>& list, const char* key) {
  IdIndex seen;
  for (const JsonValue& entry : list) seen.add(key ? entry.text(key) : entry.string, &entry);
  return seen.sort();
}

void Validator::fail(ErrorCode code, const Path& at, const char* message) {
  if (!error_) fail(code, at.written(), std::string(message));
}

void Validator::fail(ErrorCode code, std::string pointer, std::string message) {
  if (!error_) error_ = Error{code, std::move(pointer), std::move(message)};
}

bool Validator::type(const JsonValue& value, JsonValue::Type expected, const Path& at) {
  if (value.type == expected) return true;
  fail(ErrorCode::wrong_type, at,
       concat({"expected ", type_name(expected), ", found ", type_name(value.type)}));
  return false;
}

const JsonValue* Validator::find(Target target, std::string_view id) const {
  switch (target) {
    case Target::source_kind:
      return rules.source_kinds.find(id);
    case Target::source:
      return rules.sources.find(id);
    case Target::question:
      return rules.questions.find(id);
    case Target::document:
      return rules.documents.find(id);
    case Target::channel:
      return rules.channels.find(id);
    case Target::holiday:
      return rules.holidays.find(id);
    case Target::phrase:
      return rules.phrases.find(id);
    case Target::calendar:
      return id == rules.calendar().text("id") ? &rules.calendar() : nullptr;
  }
  return nullptr;
}

void Validator::object(const JsonValue& value, const Shape& shape, const Path& at) {
  if (failed() || !type(value, JsonValue::Type::object, at)) return;
  for (std::size_t f = 0; f < shape.count && !failed(); ++f) {
    const Field& field = shape.fields[f];
    if (const JsonValue* member = value.find(field.key)) {
      this->value(*member, field, at / field.key);
    } else if (field.required) {
      fail(ErrorCode::missing_key, at, concat({"missing the required key \"", field.key, "\""}));
    }
  }
  for (const auto& member : value.members) {
    const std::string& key = member.first;
    if (failed()) return;
    const Field* end = shape.fields + shape.count;
    if (std::none_of(shape.fields, end, [&](const Field& f) { return key == f.key; }) &&
        !(shape.other && shape.other(*this, key, member.second, at / key))) {
      fail(ErrorCode::unknown_key, at / key, concat({"unknown key \"", key, "\""}));
    }
  }
  if (shape.check && !failed()) shape.check(*this, value, at);
}

void Validator::text(const JsonValue& value, const char* placeholders, const Path& at) {
  if (!type(value, JsonValue::Type::object, at)) return;
  for (int i = 0; i < kLanguageCount && !failed(); ++i) {
    const char* language = name(static_cast<Language>(i));
    const JsonValue* words = value.find(language);
    if (!words) return fail(ErrorCode::missing_key, at, concat({"missing the words in \"", language, "\""}));
    const Path here = at / language;
    if (!type(*words, JsonValue::Type::string, here)) return;
    const std::string& text = words->string;
    if (text.find_first_not_of(" \t\n\r") == std::string::npos)
      return fail(ErrorCode::invalid_value, here, "expected some words, found an empty or blank string");
    if (text.size() > limits::kText) {
      return fail(ErrorCode::too_large, here,
                  concat({"is longer than ", detail::decimal(limits::kText), " bytes"}));
    }
    for (std::size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
      const std::size_t close = text.find('}', open);
      const std::string_view name = close == std::string::npos
                                        ? std::string_view()
                                        : std::string_view(text).substr(open + 1, close - open - 1);
      if (name.empty() || !listed(placeholders, name)) {
        if (!*placeholders)
          return fail(ErrorCode::invalid_value, here,
                      "this text takes no {placeholders}: write the words out");
        return fail(ErrorCode::invalid_value, here,
                    concat({"\"{", name, "}\" is no placeholder here; this text may use {", placeholders,
                            "} (space-separated names)"}));
      }
    }
  }
  if (!failed() && value.members.size() != kLanguageCount) {
    for (const auto& [key, words] : value.members) {
      if (!parse_language(key))
        return fail(ErrorCode::unknown_key, at / key, concat({"unknown language \"", key, "\""}));
    }
  }
}

void Validator::condition(const JsonValue& value, const Path& at) {
  if (!type(value, JsonValue::Type::object, at)) return;
  if (value.members.empty())
    return fail(ErrorCode::invalid_value, at, "a condition needs at least one answer to hold");
  for (const auto& [key, answers] : value.members) {
    const Path here = at / key;
    const bool yes_no = key == "representative" || key == "minor";  // answered by the page, not a question
    const JsonValue* question = yes_no ? nullptr : rules.questions.find(key);
    if (!yes_no && !question) {
      return fail(ErrorCode::unknown_id, here, concat({"no question with the id \"", key, "\""}));
    }
    if (!type(answers, JsonValue::Type::array, here)) return;
    if (answers.items.empty()) return fail(ErrorCode::invalid_value, here, "lists no answer");
    bool seen[2] = {false, false};  // representative, minor: false, true
    for (std::size_t i = 0; i < answers.items.size(); ++i) {
      const JsonValue& answer = answers.items[i];
      if (!question) {
        if (!type(answer, JsonValue::Type::boolean, here / i)) return;
        if (seen[answer.boolean]) return fail(ErrorCode::duplicate_id, here, "lists the same answer twice");
        seen[answer.boolean] = true;
        continue;
      }
      if (!type(answer, JsonValue::Type::string, here / i)) return;
      const auto& options = question->list("options");
      if (std::none_of(options.begin(), options.end(),
                       [&](const JsonValue& o) { return o.text("id") == answer.string; })) {
        return fail(ErrorCode::unknown_id, here / i,
                    concat({"\"", answer.string, "\" is no option of the question \"", key, "\""}));
      }
    }
    if (question && repeated(answers.items))
      return fail(ErrorCode::duplicate_id, here, "lists the same answer twice");
  }
}

void Validator::value(const JsonValue& value, const Field& field, const Path& at) {
  if (failed()) return;
  static constexpr Field kDate{"", Kind::date};
  using Type = JsonValue::Type;
  const auto string = [&](bool ok, const char* expected, ErrorCode code = ErrorCode::invalid_value) {
    if (type(value, Type::string, at) && !ok)
      fail(code, at, concat({"expected ", expected, ", found \"", value.string, "\""}));
  };
  switch (field.kind) {
    case Kind::text:
      return text(value, field.placeholders(), at);
    case Kind::id:
      return string(is_id(value.string),
                    "an id: a lower-case letter, then lower-case letters, digits and underscores");
    case Kind::question_id:
      return string(
          is_question_id(value.string),
          "a question's id: the key of its answer, a lower-case letter then letters and digits (camelCase), "
          "and none of the answers the engine reads itself");
    case Kind::version:
      return string(is_version(value.string), "up to 40 letters, digits, dots, hyphens or underscores");
    case Kind::url:
      return string(is_url(value.string),
                    "an https:// address of up to 500 characters, with no spaces, user name, backslash or "
                    "invisible characters, and its host in ASCII (an international domain as xn--…)");
    case Kind::date:
      return string(parse_iso_date(value.string).has_value(), "a real date written YYYY-MM-DD",
                    ErrorCode::invalid_date);
    case Kind::partial_date:
      return string(is_partial_date(value.string), "YYYY, YYYY-MM or YYYY-MM-DD", ErrorCode::invalid_date);
    case Kind::flag:
      type(value, Type::boolean, at);
      return;
    case Kind::integer:
      if (type(value, Type::integer, at) && (value.integer < field.min || value.integer > field.max)) {
        fail(ErrorCode::invalid_value, at,
             concat({"expected a whole number from ", detail::decimal(field.min), " to ",
                     detail::decimal(field.max), ", found ", detail::decimal(value.integer)}));
      }
      return;
    case Kind::spelling: {
      std::string expected;
      const char* const* spellings = field.spellings();
      for (int i = 0; i < field.max; ++i) expected += concat({i ? ", \"" : "\"", spellings[i], "\""});
      return string(std::find(spellings, spellings + field.max, value.string) != spellings + field.max,
                    expected.c_str());
    }
    case Kind::ref:
      if (type(value, Type::string, at) && !find(field.target, value.string)) {
        fail(ErrorCode::unknown_id, at,
             concat({"no ", target_name(field.target), " with the id \"", value.string, "\""}));
      }
      return;
    case Kind::refs:
    case Kind::ids: {
      if (!type(value, Type::array, at)) return;
      const bool refs = field.kind == Kind::refs;
      const std::size_t most = refs ? limits::kList : static_cast<std::size_t>(field.max);
      if (value.items.size() > most)
        return fail(ErrorCode::too_large, at,
                    concat({"holds more than ", detail::decimal(static_cast<std::int64_t>(most)), " ids"}));
      Field one = field;
      one.kind = refs ? Kind::ref : Kind::id;
      for (std::size_t i = 0; i < value.items.size() && !failed(); ++i)
        this->value(value.items[i], one, at / i);
      if (!failed() && repeated(value.items)) {
        fail(ErrorCode::duplicate_id, at,
             refs ? concat({"cites the same ", target_name(field.target), " twice"})
                  : "lists the same id twice");
      }
      if (refs && !failed() && static_cast<int>(value.items.size()) < field.min) {
        fail(field.target == Target::source ? ErrorCode::missing_source : ErrorCode::invalid_value, at,
             field.target == Target::source ? "every rule must cite at least one source"
                                            : concat({"lists no ", target_name(field.target)}));
      }
      return;
    }
    case Kind::object:
      return object(value, field.shape(), at);
    case Kind::list:
    case Kind::items: {
      if (!type(value, Type::array, at)) return;
      const std::size_t max = field.max ? static_cast<std::size_t>(field.max) : limits::kList;
      if (value.items.size() > max) {
        return fail(
            ErrorCode::too_large, at,
            concat({"has ", detail::decimal(static_cast<std::int64_t>(value.items.size())),
                    " items; at most ", detail::decimal(static_cast<std::int64_t>(max)), " are allowed"}));
      }
      for (std::size_t i = 0; i < value.items.size() && !failed(); ++i) {
        const JsonValue& item = value.items[i];
        const bool group = field.kind == Kind::items && item.type == Type::object && !item.find("document");
        object(item, group ? *field.group : field.shape(), at / i);
      }
      return;
    }
    case Kind::condition:
      return condition(value, at);
    case Kind::form:
      if (value.type == Type::boolean) return;
      if (value.type != Type::object || value.members.size() != 1 || !value.find("when")) {
        return fail(ErrorCode::wrong_type, at, "expected true, false or { \"when\": condition }");
      }
      return condition(*value.find("when"), at / "when");
    case Kind::weekdays: {
      if (!type(value, Type::array, at)) return;
      unsigned days = 0;
      const auto count = static_cast<std::int16_t>(value.items.size());
      if (count < field.min) return fail(ErrorCode::invalid_value, at, "lists no weekday");
      if (count > field.max) return fail(ErrorCode::invalid_value, at, "leaves no working day");
      for (std::size_t i = 0; i < value.items.size(); ++i) {
        const JsonValue& day = value.items[i];
        if (day.type != Type::integer || day.integer < 1 || day.integer > 7 || (days >> day.integer) & 1U) {
          return fail(ErrorCode::invalid_value, at / i,
                      "expected an ISO weekday, 1 (Monday) to 7 (Sunday), each once");
        }
        days |= 1U << day.integer;
      }
      return;
    }
    case Kind::months:
      if (!type(value, Type::object, at)) return;
      for (int i = 0; i < kLanguageCount && !failed(); ++i) {
        const char* language = name(static_cast<Language>(i));
        const JsonValue* names = value.find(language);
        if (!names)
          return fail(ErrorCode::missing_key, at, concat({"missing the months in \"", language, "\""}));
        if (names->type != Type::array || names->items.size() != 12 ||
            std::any_of(names->items.begin(), names->items.end(), [](const JsonValue& n) {
              return n.type != Type::string || n.string.empty() || n.string.size() > limits::kMonthName;
            })) {
          return fail(ErrorCode::invalid_value, at / language,
                      "expected the 12 months' names, January first");
        }
      }
      if (value.members.size() != kLanguageCount)
        fail(ErrorCode::unknown_key, at, "expected only \"en\", \"ru\" and \"kk\"");
      return;
    case Kind::phrases:
      if (!type(value, Type::object, at)) return;
      for (const auto& member : value.members) {
        const auto& [key, words] = member;
        const JsonValue* phrase = &words;
        if (failed()) return;
        const auto engine = std::find_if(rules.engine_phrases.begin(), rules.engine_phrases.end(),
                                         [&](const JsonValue* p) { return p == phrase; });
        if (engine != rules.engine_phrases.end()) {
          text(words, iin::placeholders(static_cast<Phrase>(engine - rules.engine_phrases.begin())),
               at / key);
        } else if (!is_id(key)) {
          fail(ErrorCode::invalid_value, at / key,
               "a phrase's id is made of lower-case letters, digits and underscores");
        } else {
          text(words, "", at / key);
        }
      }
      for (int i = 0; i < static_cast<int>(kFirstMissionPhrase) && !failed(); ++i) {
        if (!rules.engine_phrases[i]) {
          fail(ErrorCode::missing_key, at,
               concat({"missing the phrase \"", name(static_cast<Phrase>(i)), "\""}));
        }
      }
      return;
    case Kind::languages:
      if (value.type != Type::array || value.items.size() != 3 || value.items[0].string != "en" ||
          value.items[1].string != "ru" || value.items[2].string != "kk") {
        fail(ErrorCode::invalid_value, at, "expected [\"en\", \"ru\", \"kk\"]");
      }
      return;
    case Kind::expiries:
      if (!type(value, Type::object, at)) return;
      for (const auto& [document, expiry] : value.members) {
        const Path here = at / document;
        this->value(expiry, kDate, here);
        if (!failed() && !rules.documents.find(document)) {
          fail(ErrorCode::unknown_id, here, concat({"names no known document: '", document, "'"}));
        }
        if (failed()) return;
      }
      return;
    case Kind::schema: {
      const std::int64_t version = field.min ? field.min : 2;
      if (value.type != Type::integer || value.integer != version) {
        fail(ErrorCode::unsupported_schema, at,
             concat({"this engine reads schema ", detail::decimal(version),
                     field.min ? " mission profiles" : " rulesets (see wasm/rules/README.md)"}));
      }
      return;
    }
    case Kind::phone:
      return string(is_phone(value.string),
                    "a phone number in international form: \"+\", the country code and 7 to 15 digits in "
                    "all, with spaces, hyphens, dots or brackets between");
    case Kind::line:
      return string(is_line(value.string), "one line of text, up to 300 bytes, without control characters");
  }
}

}  // namespace iin::detail
