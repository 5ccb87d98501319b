// Writes the JSON Schemas (draft 2020-12) of the two formats a host writes, the ruleset and the
// mission profile, from the tables the engine validates them with (checklist/format.hpp): every
// key, kind, requirement and limit the engine checks, and each hook's rules as far as JSON Schema
// can say them; the rest in words, in the `description` of the object they are about. The wasm
// build writes both into the site; tests/js/format-mutations.test.mjs holds them against the
// engine.
//   iin_write_schemas <ruleset.schema.json> <profile.schema.json>
//
// JSON Schema counts characters where the engine counts bytes of UTF-8: a length in bytes is
// written as the same number of characters, which lets through some texts the engine refuses
// (the description says so). The nesting limit is exact: a definition that could reach below it
// is written once per depth ("groupItemAtDepth9"), down to the last level it may still open.
#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>

#include "checklist/format.hpp"

namespace {

using Json = nlohmann::ordered_json;
using iin::detail::Field;
using iin::detail::Format;
using iin::detail::Kind;
using iin::detail::Shape;
using iin::detail::ShapeNote;
namespace limits = iin::detail::limits;

constexpr int kUnbounded = 1 << 20;  // the height of a shape that contains itself

// The patterns that say what the engine's predicates check (validator.cpp).
constexpr const char* kIdPattern = "^[a-z][a-z0-9_]*$";
constexpr const char* kQuestionIdPattern = "^[a-z][a-zA-Z0-9]*$";
constexpr const char* kDatePattern = "^[1-9][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
constexpr const char* kVersionPattern = "^[0-9A-Za-z._-]+$";
// The host: printable ASCII but for " # / ? @ and the backslash (no user name); then no space, quote,
// backslash or invisible direction mark (as validator.cpp's is_url).
constexpr const char* kUrlPattern =
    "^https://[\\u0021\\u0024-\\u002e\\u0030-\\u003e\\u0041-\\u005b\\u005d-\\u007f]+"
    "([/?#][^\\u0000-\\u0020\"\\\\\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2066-\\u2069]*)?$";
constexpr const char* kLinePattern = "^[^\\u0000-\\u001f]*[^\\u0000-\\u0020][^\\u0000-\\u001f]*$";
constexpr const char* kBytesNote = " (bytes of UTF-8 for the engine, characters for this schema)";

std::string bytes(std::size_t n) { return std::to_string(n) + kBytesNote; }

// A text that may use the placeholders in `names` (space-separated): any "{" opens one of them.
// Not blank either: something besides spaces, tabs and line breaks.
std::string words_pattern(const std::string& names) {
  constexpr const char* kNotBlank = "^(?=[\\s\\S]*[^ \\t\\n\\r])";
  if (names.empty()) return std::string(kNotBlank) + "[^{]*$";
  std::string alternatives;
  for (char c : names) alternatives += c == ' ' ? '|' : c;
  return std::string(kNotBlank) + "(?:[^{]|\\{(?:" + alternatives + ")\\})*$";
}

class SchemaWriter {
 public:
  explicit SchemaWriter(const Format& format) : format_(format) {}

  Json write() {
    Json schema = {{"$schema", "https://json-schema.org/draft/2020-12/schema"}};
    schema["title"] = format_.title;
    const int budget = format_.limits.max_depth;
    Json root = shape_schema(*format_.root, budget);
    schema["description"] =
        std::string(format_.description) + " Limits: " + std::to_string(format_.limits.max_bytes / 1024) +
        " KB, nesting " + std::to_string(format_.limits.max_depth) +
        " deep (the size only the engine checks). Each object's description says what only "
        "the engine checks there. " +
        root.value("description", std::string());
    for (auto& [key, value] : root.items()) {
      if (key != "description") schema[key] = value;
    }
    schema["$defs"] = defs_;
    return schema;
  }

  bool ok() const { return ok_; }

 private:
  const ShapeNote* note(const Shape& shape) const {
    for (std::size_t i = 0; i < format_.note_count; ++i) {
      if (format_.notes[i].shape == &shape) return &format_.notes[i];
    }
    return nullptr;
  }

  // How many levels of objects and arrays a value of this kind may open, itself included.
  int height(const Field& field) {
    switch (field.kind) {
      case Kind::text:
      case Kind::refs:
      case Kind::weekdays:
      case Kind::languages:
      case Kind::ids:
      case Kind::expiries:
        return 1;
      case Kind::condition:
      case Kind::months:
      case Kind::phrases:
        return 2;
      case Kind::form:
        return 3;
      case Kind::object:
        return height(field.shape());
      case Kind::list:
        return 1 + height(field.shape());
      case Kind::items:
        return 1 + std::max(height(field.shape()), height(*field.group));
      default:
        return 0;
    }
  }
  int height(const Shape& shape) {
    const auto known = heights_.find(&shape);
    if (known != heights_.end()) return known->second;
    heights_[&shape] = kUnbounded;  // until it is known: a shape reached again contains itself
    int deepest = 0;
    for (std::size_t i = 0; i < shape.count; ++i) deepest = std::max(deepest, height(shape.fields[i]));
    const int out = deepest >= kUnbounded ? kUnbounded : 1 + deepest;
    heights_[&shape] = out;
    return out;
  }

  // The name of a shape's definition: its note's, or one entry of the field that holds it
  // ("categories" → "category").
  std::string name_of(const Shape& shape, const Field& holder) {
    const ShapeNote* about = note(shape);
    if (about) return about->name;
    if (shape.check) {
      std::fprintf(
          stderr, "write_schemas: the shape of \"%s\" has a hook but no ShapeNote that says what it checks\n",
          holder.key);
      ok_ = false;
    }
    std::string name = holder.key;
    if (holder.kind == Kind::list && name.size() > 3 && name.compare(name.size() - 3, 3, "ies") == 0) {
      name.replace(name.size() - 3, 3, "y");
    } else if (holder.kind == Kind::list && name.back() == 's') {
      name.pop_back();
    }
    return name;
  }

  // A reference to the shape's definition for a value that may open `budget` more levels.
  Json shape_ref(const Shape& shape, const Field& holder, int budget) {
    if (budget < 1) return false;
    const bool deep_enough = height(shape) <= budget;
    const auto key = std::make_pair(&shape, deep_enough ? kUnbounded : budget);
    auto named = names_.find(key);
    if (named == names_.end()) {
      // The first definition of a shape takes its name; one for another depth says which.
      const std::string plain = name_of(shape, holder);
      std::string name = plain;
      if (!deep_enough && defs_.contains(plain)) {
        name += "AtDepth" + std::to_string(format_.limits.max_depth - budget + 1);
      }
      for (int n = 2; defs_.contains(name); ++n) name = plain + std::to_string(n);
      named = names_.emplace(key, name).first;
      defs_[name] = nullptr;  // its place, in the order first reached
      defs_[name] = shape_schema(shape, budget);
    }
    return {{"$ref", "#/$defs/" + named->second}};
  }

  Json shape_schema(const Shape& shape, int budget) {
    Json properties = Json::object();
    Json required = Json::array();
    for (std::size_t i = 0; i < shape.count; ++i) {
      const Field& field = shape.fields[i];
      properties[field.key] = value_schema(field, budget - 1);
      if (field.required) required.push_back(field.key);
    }
    Json out = {{"type", "object"}, {"properties", properties}};
    if (!required.empty()) out["required"] = required;
    out["additionalProperties"] = false;
    const ShapeNote* about = note(shape);
    if (about && about->schema) {
      const Json rules = Json::parse(std::string("{") + about->schema + "}", nullptr, false);
      if (rules.is_discarded()) {
        std::fprintf(stderr, "write_schemas: the schema of \"%s\" is not JSON: {%s}\n", about->name,
                     about->schema);
        ok_ = false;
      } else {
        merge(out, rules, about->name);
      }
    }
    if (about && about->beyond) out["description"] = std::string("Only the engine checks: ") + about->beyond;
    return out;
  }

  // A hook's rules into the shape's schema: new keywords, or more constraints on its properties.
  void merge(Json& out, const Json& rules, const char* name) {
    for (const auto& [keyword, value] : rules.items()) {
      if (keyword == "properties") {
        for (const auto& [key, more] : value.items()) {
          if (!out["properties"].contains(key)) {
            std::fprintf(stderr, "write_schemas: %s has no field \"%s\"\n", name, key.c_str());
            ok_ = false;
            continue;
          }
          Json& property = out["properties"][key];
          // A field whose schema is a reference takes the hook's constraints beside it.
          for (const auto& [k, v] : more.items()) property[k] = v;
        }
      } else if (out.contains(keyword)) {
        std::fprintf(stderr, "write_schemas: %s says \"%s\" twice\n", name, keyword.c_str());
        ok_ = false;
      } else {
        out[keyword] = value;
      }
    }
  }

  static Json string_of(const char* pattern, std::size_t max, const std::string& description) {
    Json out = {{"type", "string"}, {"pattern", pattern}};
    if (max) out["maxLength"] = max;
    out["description"] = description;
    return out;
  }

  // A reference to the definition of a text with these placeholders ("text", "textSinceUntil").
  Json text_ref(const std::string& placeholders) {
    std::string name = "text";
    bool capital = true;
    for (char c : placeholders) {
      if (c == ' ') {
        capital = true;
      } else {
        name += capital ? static_cast<char>(c - 'a' + 'A') : c;
        capital = false;
      }
    }
    if (!defs_.contains(name)) defs_[name] = text_schema(placeholders);
    return {{"$ref", "#/$defs/" + name}};
  }

  // An object with `value` in each language, and nothing else.
  static Json per_language(const Json& value) {
    Json out = {{"type", "object"}, {"properties", Json::object()}, {"required", Json::array()}};
    for (const char* language : iin::kLanguages) {
      out["properties"][language] = value;
      out["required"].push_back(language);
    }
    out["additionalProperties"] = false;
    return out;
  }

  Json text_schema(const std::string& placeholders) {
    Json words = {{"type", "string"}, {"minLength", 1}, {"maxLength", limits::kText}};
    words["pattern"] = words_pattern(placeholders);
    Json out = per_language(words);
    out["description"] = "Words in English, Russian and Kazakh, none empty or blank, each at most " +
                         bytes(limits::kText) +
                         (placeholders.empty() ? std::string(", without {placeholders}.")
                                               : ", with no {placeholder} but " + placeholders + ".");
    return out;
  }

  static Json ids_schema(Json item, std::size_t max, std::size_t min) {
    Json out = {{"type", "array"}, {"items", std::move(item)}, {"uniqueItems", true}};
    if (min) out["minItems"] = min;
    out["maxItems"] = max;
    return out;
  }

  Json condition_schema(int budget) {
    if (budget < 2) return false;
    const Json answers = {{"type", "array"}, {"minItems", 1}, {"uniqueItems", true}};
    Json representative = answers;
    representative["items"] = {{"type", "boolean"}};
    Json options = answers;
    options["items"] = {{"type", "string"}};
    return {{"type", "object"},
            {"minProperties", 1},
            {"propertyNames", {{"pattern", kQuestionIdPattern}, {"maxLength", limits::kId}}},
            {"properties", {{"representative", representative}, {"minor", representative}}},
            {"additionalProperties", options},
            {"description",
             "Answers that make the rule apply: a question's id with some of its options, or "
             "\"representative\" or \"minor\" with true and/or false. Only the engine checks that each "
             "question and option exists."}};
  }

  Json value_schema(const Field& field, int budget) {
    if (field.kind == Kind::form && budget < 1) return {{"type", "boolean"}};
    if (height(field) > 0 && budget < 1) return false;
    switch (field.kind) {
      case Kind::text:
        return text_ref(field.placeholders());
      case Kind::id:
        return string_of(kIdPattern, limits::kId,
                         "An id: a lower-case letter, then lower-case letters, digits and underscores.");
      case Kind::question_id: {
        Json out = string_of(kQuestionIdPattern, limits::kId,
                             "A question's id, the key of its answer: a lower-case letter, then letters and "
                             "digits (camelCase); none of the answers the engine reads itself.");
        Json reserved = Json::array();
        for (std::string_view answer : iin::detail::kReservedAnswers) reserved.push_back(std::string(answer));
        out["not"] = {{"enum", reserved}};
        return out;
      }
      case Kind::version:
        return string_of(kVersionPattern, limits::kVersion,
                         "Letters, digits, dots, hyphens and underscores.");
      case Kind::url: {
        Json out =
            string_of(kUrlPattern, limits::kUrl,
                      "An https:// address without spaces, at most " + bytes(limits::kUrl) +
                          "; its host plain ASCII (an international domain as xn--), with no user name, no "
                          "backslash and no invisible direction marks.");
        out["minLength"] = limits::kUrlShortest;
        return out;
      }
      case Kind::date: {
        Json out = string_of(kDatePattern, 0, "A real calendar date, YYYY-MM-DD.");
        out["format"] = "date";
        return out;
      }
      case Kind::partial_date: {
        Json day = {{"pattern", kDatePattern}, {"format", "date"}};
        return {{"type", "string"},
                {"anyOf", Json::array({{{"pattern", "^[1-9][0-9]{3}$"}},
                                       {{"pattern", "^[1-9][0-9]{3}-(0[1-9]|1[0-2])$"}},
                                       day})},
                {"description", "A year, a month or a day: YYYY, YYYY-MM or YYYY-MM-DD."}};
      }
      case Kind::flag:
        return {{"type", "boolean"}};
      case Kind::integer:
        return {{"type", "integer"}, {"minimum", field.min}, {"maximum", field.max}};
      case Kind::spelling: {
        Json spellings = Json::array();
        for (int i = 0; i < field.max; ++i) spellings.push_back(field.spellings()[i]);
        return {{"enum", spellings}};
      }
      case Kind::ref:
        return {{"type", "string"},
                {"description", std::string("The id of a ") + iin::detail::target_name(field.target) +
                                    " of the ruleset (only the engine checks that it is there)."}};
      case Kind::refs: {
        Json out = ids_schema({{"type", "string"}}, limits::kList, field.min);
        out["description"] = std::string("Ids of ") + iin::detail::target_name(field.target) +
                             "s of the ruleset, each once (only the engine checks that they are there).";
        return out;
      }
      case Kind::ids:
        return ids_schema(string_of(kIdPattern, limits::kId, "An id."), field.max, 0);
      case Kind::object:
        return shape_ref(field.shape(), field, budget);
      case Kind::list:
      case Kind::items: {
        Json item = shape_ref(field.shape(), field, budget - 1);
        if (field.kind == Kind::items) {
          item = {{"type", "object"},
                  {"if", {{"required", Json::array({"document"})}}},
                  {"then", item},
                  {"else", shape_ref(*field.group, field, budget - 1)}};
        }
        return {{"type", "array"},
                {"maxItems", field.max ? static_cast<std::size_t>(field.max) : limits::kList},
                {"items", item}};
      }
      case Kind::condition:
        return condition_schema(budget);
      case Kind::form:
        return {{"anyOf", Json::array({{{"type", "boolean"}},
                                       {{"type", "object"},
                                        {"properties", {{"when", condition_schema(budget - 1)}}},
                                        {"required", Json::array({"when"})},
                                        {"additionalProperties", false}}})},
                {"description", "true, false, or true only for the answers of { \"when\": condition }."}};
      case Kind::weekdays: {
        Json out = {{"type", "array"},
                    {"items", {{"type", "integer"}, {"minimum", 1}, {"maximum", 7}}},
                    {"uniqueItems", true},
                    {"maxItems", field.max},
                    {"description", "ISO weekdays, 1 (Monday) to 7 (Sunday), each once."}};
        if (field.min) out["minItems"] = field.min;
        return out;
      }
      case Kind::months: {
        if (budget < 2) return false;
        Json names = {{"type", "array"},
                      {"items", {{"type", "string"}, {"minLength", 1}, {"maxLength", limits::kMonthName}}},
                      {"minItems", 12},
                      {"maxItems", 12}};
        Json out = per_language(names);
        out["description"] = "The 12 months' names in each language, January first, each at most " +
                             bytes(limits::kMonthName) + ".";
        return out;
      }
      case Kind::phrases: {
        if (budget < 2) return false;
        Json out = {{"type", "object"}, {"properties", Json::object()}, {"required", Json::array()}};
        for (int i = 0; i < iin::kPhraseCount; ++i) {
          const auto phrase = static_cast<iin::Phrase>(i);
          out["properties"][iin::name(phrase)] = text_ref(iin::placeholders(phrase));
          if (phrase < iin::kFirstMissionPhrase) out["required"].push_back(iin::name(phrase));
        }
        out["propertyNames"] = {{"pattern", kIdPattern}, {"maxLength", limits::kId}};
        out["additionalProperties"] = text_ref("");
        out["description"] =
            "The engine's sentences, by name (those for mission profiles may be left out), and the "
            "channels' conditions of eligibility.";
        return out;
      }
      case Kind::languages: {
        Json languages = Json::array();
        for (const char* language : iin::kLanguages) languages.push_back(language);
        return {{"const", languages}};
      }
      case Kind::schema:
        return {{"const", field.min ? field.min : 2}, {"description", "The version of this format."}};
      case Kind::phone: {
        const std::string digits = "^\\+[1-9](?:[ ().-]*[0-9]){" +
                                   std::to_string(limits::kPhoneDigitsFewest - 1) + "," +
                                   std::to_string(limits::kPhoneDigits - 1) + "}[ ().-]*$";
        return {{"type", "string"},
                {"pattern", digits},
                {"maxLength", limits::kPhone},
                {"description",
                 "In international form: \"+\", the country code, 7 to 15 digits in all, with spaces, "
                 "hyphens, dots or brackets between."}};
      }
      case Kind::line: {
        Json out =
            string_of(kLinePattern, limits::kLine,
                      "One line of text without control characters, at most " + bytes(limits::kLine) + ".");
        return out;
      }
      case Kind::expiries:
        return {{"type", "object"},
                {"additionalProperties", value_schema(Field{"", Kind::date}, budget - 1)}};
    }
    return false;
  }

  const Format& format_;
  Json defs_ = Json::object();
  std::map<std::pair<const Shape*, int>, std::string> names_;
  std::map<const Shape*, int> heights_;
  bool ok_ = true;
};

bool write(const Format& format, const char* path, const char* id) {
  SchemaWriter writer(format);
  Json schema = writer.write();
  if (!writer.ok()) return false;
  Json out = {{"$schema", schema["$schema"]}, {"$id", id}};
  for (auto& [key, value] : schema.items()) out[key] = value;
  std::ofstream file(path, std::ios::binary);
  file << out.dump(1) << '\n';
  if (!file) std::fprintf(stderr, "%s: cannot be written\n", path);
  return static_cast<bool>(file);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s <ruleset.schema.json> <profile.schema.json>\n", argv[0]);
    return 2;
  }
  const bool ok = write(iin::detail::ruleset_format(), argv[1], "ruleset.schema.json") &&
                  write(iin::detail::profile_format(), argv[2], "profile.schema.json");
  return ok ? 0 : 1;
}
