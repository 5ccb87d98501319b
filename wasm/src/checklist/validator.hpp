#pragma once
// Validating a JSON tree against a format described as data: each kind of object is a Shape, a
// table of Fields (key, kind of value, whether required), plus a hook for what the fields alone
// cannot say. One generic walker checks them all, and reports the first problem with its JSON
// Pointer. The ruleset's shapes are in ruleset_shapes.cpp.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "iin/error.hpp"
#include "iin/ruleset.hpp"

namespace iin::detail {

// Where a value is: a chain of keys and positions, written out only when there is an error: as a
// JSON Pointer in data ("/channels/0/id"), or JavaScript-style in a caller's arguments
// ("answers.have[1]") when the root is named. A Path points at its parent: keep a chain in one
// expression (fail(code, at / "terms" / 2, ...)), or name each step.
struct Path {
  const Path* parent = nullptr;
  std::string_view key;  // a member's name; at the root, the argument's name ("" for data)
  std::size_t index = 0;
  bool is_item = false;

  Path operator/(std::string_view member) const { return {this, member, 0, false}; }
  // Members are named by literals and by the keys of the tree: out of line, each call is shorter.
  Path operator/(const char* member) const;
  Path operator/(const std::string& member) const;
  Path operator/(std::size_t item) const { return {this, {}, item, true}; }
  std::string written() const;
};

// The JSON Pointer of `target` within `root` ("" when it is not there), for errors found by
// walking the tree without keeping paths.
std::string pointer_to(const JsonValue& root, const JsonValue* target);

// The limits of the format's values, in bytes of UTF-8 (the generated JSON Schemas state them too).
namespace limits {
constexpr std::size_t kText = 4000;   // the words of one language
constexpr std::size_t kList = 1000;   // a list, or ids, without a maximum of its own
constexpr std::size_t kId = 64;       // an id or a question's id
constexpr std::size_t kVersion = 40;  // a version
constexpr std::size_t kUrlShortest = 12, kUrl = 500;
constexpr std::size_t kPhone = 30;  // a phone number as written
constexpr int kPhoneDigitsFewest = 7, kPhoneDigits = 15;
constexpr std::size_t kLine = 300;      // one line of text
constexpr std::size_t kMonthName = 40;  // a month's name
}  // namespace limits

// Answer keys the engine reads itself: no question may take one of these ids.
inline constexpr std::string_view kReservedAnswers[] = {
    "channel", "category", "birthDate", "today", "applyOn", "representative",
    "lang",    "have",     "expiries",  "iin",   "minor",   "since"};

enum class Kind : std::uint8_t {
  text,          // { "en", "ru", "kk" }, each non-empty, with only the placeholders allowed
  id,            // lower-case letters, digits and underscores
  question_id,   // camelCase: the key of an answer
  version,       // letters, digits, dots, hyphens, underscores
  url,           // https://, no spaces
  date,          // YYYY-MM-DD
  partial_date,  // YYYY, YYYY-MM or YYYY-MM-DD
  flag,          // true or false
  integer,       // from min to max
  spelling,      // one of `spellings`
  ref,           // the id of an entry of `target`
  refs,          // an array of such ids, each once, at least `min`
  object,        // of `shape`
  list,          // an array of objects of `shape`, at most `max`
  items,         // an array of items, `shape` when it names a "document", else `group`; at most `max`
  condition,     // { "<question id>": [options], "representative" or "minor": [true|false] }
  form,          // true, false or { "when": condition }
  weekdays,      // ISO weekdays, each once, from `min` to `max` of them
  months,        // { "en": [12 names], "ru": [...], "kk": [...] }
  phrases,       // the ruleset's phrases
  languages,     // ["en", "ru", "kk"]
  schema,        // the format's version: `min`, or 2 (a ruleset's) when 0
  phone,         // "+", then 7 to 15 digits, with spaces, hyphens, dots or brackets between
  line,          // one line of text, up to 300 bytes
  ids,           // an array of ids, each once, at most `max` (what they name is checked by a hook)
  expiries,      // { "<document id>": "YYYY-MM-DD" }
};

enum class Target : std::uint8_t {
  source_kind,
  source,
  question,
  document,
  channel,
  holiday,
  phrase,
  calendar
};

const char* target_name(Target target);  // "source kind", "source", ...

class Validator;
struct Shape;

// One field of a shape, as compact as the tables are long: `extra` is the kind's one parameter.
struct Field {
  const char* key = "";
  Kind kind = Kind::text;
  bool required = true;
  Target target = Target::source;  // ref, refs
  std::int16_t min = 0, max = 0;   // integer, weekdays: bounds; refs: at least min; list, items: at
                                   // most max; spelling: how many spellings; schema: the version (min)
  const void* extra = nullptr;     // object, list, items: the Shape; text: the placeholders (a C
                                   // string, space-separated); spelling: the spellings (const char* const*)
  const Shape* group = nullptr;    // items: the shape of a group of items

  const Shape& shape() const { return *static_cast<const Shape*>(extra); }
  const char* placeholders() const { return extra ? static_cast<const char*>(extra) : ""; }
  const char* const* spellings() const { return static_cast<const char* const*>(extra); }
};

using Hook = void (*)(Validator& v, const JsonValue& value, const Path& at);
// A key the table does not list: true when the hook knows it (and has checked its value).
using OtherKey = bool (*)(Validator& v, const std::string& key, const JsonValue& value, const Path& at);

struct Shape {
  const Field* fields;
  std::size_t count;
  Hook check = nullptr;
  OtherKey other = nullptr;
};

template <std::size_t N>
constexpr Shape shape(const Field (&fields)[N], Hook check = nullptr, OtherKey other = nullptr) {
  return {fields, N, check, other};
}

// How fields are written in the tables.
namespace fields {
constexpr Field make(const char* key, Kind kind) {
  Field f;
  f.key = key;
  f.kind = kind;
  return f;
}
constexpr Field optional(Field f) {
  f.required = false;
  return f;
}
constexpr Field text(const char* key, const char* placeholders = nullptr) {
  Field f = make(key, Kind::text);
  f.extra = placeholders;
  return f;
}
constexpr Field integer(const char* key, std::int16_t min, std::int16_t max) {
  Field f = make(key, Kind::integer);
  f.min = min;
  f.max = max;
  return f;
}
template <std::size_t N>
constexpr Field spelling(const char* key, const char* const (&spellings)[N], int count = N) {
  Field f = make(key, Kind::spelling);
  f.extra = spellings;
  f.max = static_cast<std::int16_t>(count);
  return f;
}
constexpr Field ref(const char* key, Target target) {
  Field f = make(key, Kind::ref);
  f.target = target;
  return f;
}
// An array of ids; `min` 1 for a rule's sources: every rule cites one.
constexpr Field refs(const char* key, Target target = Target::source, std::int16_t min = 1) {
  Field f = make(key, Kind::refs);
  f.target = target;
  f.min = min;
  return f;
}
// ISO weekdays: a week's weekend leaves a working day (at most 6), an office opens on one (at least 1).
constexpr Field weekdays(const char* key, std::int16_t min, std::int16_t max) {
  Field f = make(key, Kind::weekdays);
  f.min = min;
  f.max = max;
  return f;
}
constexpr Field object(const char* key, const Shape& shape) {
  Field f = make(key, Kind::object);
  f.extra = &shape;
  return f;
}
constexpr Field list(const char* key, const Shape& shape, std::int16_t max = 0) {
  Field f = make(key, Kind::list);
  f.extra = &shape;
  f.max = max;
  return f;
}

}  // namespace fields

class Validator {
 public:
  explicit Validator(const Ruleset& rules) : rules(rules) {}

  void object(const JsonValue& value, const Shape& shape, const Path& at);
  // Each entry of `list` whose id is used before: the first such, or nullptr.
  static const JsonValue* repeated(const std::vector<JsonValue>& list, const char* key = nullptr);
  void value(const JsonValue& value, const Field& field, const Path& at);
  void fail(ErrorCode code, const Path& at, std::string message) {
    fail(code, at.written(), std::move(message));
  }
  void fail(ErrorCode code, const Path& at,
            const char* message);  // a literal: built only when it is the first
  void fail(ErrorCode code, std::string pointer, std::string message);
  bool failed() const { return error_.has_value(); }
  const Error& error() const { return *error_; }

  const Ruleset& rules;

 private:
  bool type(const JsonValue& value, JsonValue::Type expected, const Path& at);
  void text(const JsonValue& value, const char* placeholders, const Path& at);
  void condition(const JsonValue& value, const Path& at);
  const JsonValue* find(Target target, std::string_view id) const;

  std::optional<Error> error_;
};

}  // namespace iin::detail
