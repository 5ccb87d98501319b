#include "iin/ruleset.hpp"

#include <algorithm>
#include <tuple>

#include "checklist/format.hpp"
#include "checklist/ruleset_shapes.hpp"
#include "shared/concat.hpp"
#include "shared/json_tree.hpp"

namespace iin {
namespace {
const JsonValue kEmpty;

// Indexes one list of the file by its entries' ids; an id used twice is the error returned.
std::optional<Error> index(IdIndex& index, const std::vector<JsonValue>& list, const std::string& at,
                           const char* key = "id") {
  for (const JsonValue& entry : list) {
    const JsonValue* id = entry.find(key);
    if (id && id->type == JsonValue::Type::string)
      index.add(id->string, &entry);  // else the validator says why
  }
  const JsonValue* twice = index.sort();
  if (!twice) return std::nullopt;
  return Error{ErrorCode::duplicate_id,
               detail::concat({at, "/", detail::decimal(twice - list.data()), "/", key}),
               detail::concat({"the id \"", twice->text(key), "\" is used twice"})};
}

// The indexes the engine and the validator look ids up in, and the few values read up front.
std::optional<Error> index_ruleset(Ruleset& rules) {
  const JsonValue& root = rules.root;
  rules.version = root.text("version");
  rules.as_of = root.date("asOf").value_or(CivilDate{});
  const JsonValue* review = root.find("reviewAfterDays");
  rules.review_after_days = review ? static_cast<int>(review->integer) : 0;
  for (const JsonValue& day : rules.calendar().list("weekend")) {
    if (day.integer >= 1 && day.integer <= 7)
      rules.weekend |= static_cast<std::uint8_t>(1U << (day.integer - 1));
  }
  if (const JsonValue* phrases = root.find("phrases")) {
    for (const auto& [id, words] : phrases->members) {
      rules.phrases.add(id, &words);
      for (int i = 0; i < kPhraseCount; ++i) {
        if (id == kPhraseNames[i]) rules.engine_phrases[i] = &words;
      }
    }
  }
  rules.phrases.sort();  // the keys of one object: the parser refuses a key used twice
  for (auto [target, list, at] :
       {std::tuple{&rules.source_kinds, &root.list("sourceKinds"), "/sourceKinds"},
        std::tuple{&rules.sources, &root.list("sources"), "/sources"},
        std::tuple{&rules.questions, &root.list("questions"), "/questions"},
        std::tuple{&rules.documents, &root.list("documents"), "/documents"},
        std::tuple{&rules.channels, &root.list("channels"), "/channels"},
        std::tuple{&rules.holidays, &rules.calendar().list("holidays"), "/calendar/holidays"}}) {
    if (auto twice = index(*target, *list, at)) return twice;
  }
  // The authority order, sorted once: a key per source of its kind's rank, then its publication
  // date with the digits inverted (so the latest comes first) and "~" after it (so a full date
  // comes before its bare year, and an undated source, "~" alone, after every dated one: never
  // newer), then, through the index, its place in the file.
  const auto& sources = root.list("sources");
  std::vector<std::string> keys;
  keys.reserve(sources.size());  // never reallocated: the index holds views of these strings
  IdIndex order;
  for (const JsonValue& source : sources) {
    std::string key(1, static_cast<char>('A' + std::min<std::size_t>(rules.rank(source), 40)));
    for (char c : source.text("published"))
      key += c >= '0' && c <= '9' ? static_cast<char>('9' - c + '0') : c;
    key += '~';
    keys.push_back(std::move(key));
    order.add(keys.back(), &source);
  }
  order.sort();
  for (std::size_t i = 0; i < order.size(); ++i) rules.authority.push_back(order.at(i));
  return std::nullopt;
}
}  // namespace

const char* name(Language language) { return kLanguages[static_cast<int>(language)]; }
std::optional<Language> parse_language(std::string_view text) {
  for (int i = 0; i < kLanguageCount; ++i) {
    if (text == kLanguages[i]) return static_cast<Language>(i);
  }
  return std::nullopt;
}
const char* name(Submission submission) { return kSubmissions[static_cast<int>(submission)]; }
const char* name(Confidence confidence) { return kConfidences[static_cast<int>(confidence)]; }
const char* name(Phrase phrase) { return kPhraseNames[static_cast<int>(phrase)]; }
const char* placeholders(Phrase phrase) { return kPhrasePlaceholders[static_cast<int>(phrase)]; }

const JsonValue& Ruleset::phrase(Phrase id) const {
  const JsonValue* words = engine_phrases[static_cast<int>(id)];
  return words ? *words : kEmpty;
}

const JsonValue& Ruleset::calendar() const {
  const JsonValue* calendar = root.find("calendar");
  return calendar ? *calendar : kEmpty;
}

std::size_t Ruleset::rank(const JsonValue& source) const {
  const JsonValue* kind = source_kinds.find(source.text("kind"));
  return kind ? static_cast<std::size_t>(kind - root.list("sourceKinds").data()) : SIZE_MAX;
}

std::uint64_t fnv1a_hash(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

Result<Ruleset> load_ruleset(std::string_view json, std::uint64_t trusted_hash) {
  detail::JsonParse parsed = detail::parse_json(json, detail::kRulesetLimits);
  if (!parsed) return parsed.error();
  Ruleset rules;
  rules.root = std::move(*parsed);
  if (rules.root.type != JsonValue::Type::object) {
    return Error{ErrorCode::wrong_type, "", "a ruleset is a JSON object"};
  }
  rules.built_in = trusted_hash != 0 && fnv1a_hash(json) == trusted_hash;
  if (auto problem = index_ruleset(rules)) return *problem;
  if (!rules.built_in) {
    if (auto problem = detail::validate_ruleset(rules)) return *problem;
  }
  return rules;
}

}  // namespace iin
