#include "iin/ruleset.hpp"

#include <set>

#include "shared/json_reader.hpp"
#include "shared/json_tree.hpp"
#include "checklist/required_phrases.hpp"

namespace iin {

const char* name(Language language) {
  static constexpr const char* kNames[kLanguageCount] = {"en", "ru", "kk"};
  return kNames[static_cast<int>(language)];
}

std::optional<Language> parse_language(std::string_view text) {
  for (int i = 0; i < kLanguageCount; ++i) {
    if (text == name(static_cast<Language>(i))) return static_cast<Language>(i);
  }
  return std::nullopt;
}

const char* name(Submission submission) {
  switch (submission) {
    case Submission::in_person:
      return "in_person";
    case Submission::in_person_or_representative:
      return "in_person_or_representative";
    case Submission::online:
      return "online";
  }
  return "";
}

template <typename T>
const T* find_by_id(const std::vector<T>& list, std::string_view id) {
  for (const T& entry : list) {
    if (entry.id == id) return &entry;
  }
  return nullptr;
}
const Source* Ruleset::source(std::string_view id) const { return find_by_id(sources, id); }
const Document* Ruleset::document(std::string_view id) const { return find_by_id(documents, id); }
const Channel* Ruleset::channel(std::string_view id) const { return find_by_id(channels, id); }
const Text* Ruleset::phrase(std::string_view id) const {
  const Phrase* phrase = find_by_id(phrases, id);
  return phrase ? &phrase->text : nullptr;
}

namespace {
using detail::JsonValue;
using detail::ObjectReader;
using detail::ReadErrors;

constexpr int kSchema = 1;
constexpr std::size_t kMaxTextBytes = 2000;

// Ids appear in URLs and in the API: lower-case letters, digits and underscores.
bool is_valid_id(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

bool is_partial_date(const std::string& text) {
  if (text.size() == 4) return parse_iso_date(text + "-01-01").has_value();
  if (text.size() == 7) return parse_iso_date(text + "-01").has_value();
  return parse_iso_date(text).has_value();
}

class Loader {
 public:
  explicit Loader(ReadErrors& errors) : errors_(errors) {}

  Ruleset read(const JsonValue& root) {
    Ruleset rules;
    ObjectReader r(root, "", errors_);
    if (const JsonValue* schema = r.member("schema", true);
        schema && !(schema->type == JsonValue::Type::integer && schema->integer == kSchema)) {
      errors_.add(ErrorCode::unsupported_schema, r.path_of("schema"),
                  "this engine reads schema " + std::to_string(kSchema) + " rulesets");
    }
    if (errors_.any()) return rules;
    rules.as_of = date(r, "asOf");
    languages(r);
    r.each("sources",
           [&](const JsonValue& v, const std::string& path) { rules.sources.push_back(source(v, path)); });
    r.each("documents", [&](const JsonValue& v, const std::string& path) {
      rules.documents.push_back(document(v, path));
    });
    r.each("channels",
           [&](const JsonValue& v, const std::string& path) { rules.channels.push_back(channel(v, path)); });
    r.each("history",
           [&](const JsonValue& v, const std::string& path) { rules.history.push_back(history(v, path)); });
    if (const JsonValue* phrases = r.member("phrases", true)) {
      ObjectReader p(*phrases, r.path_of("phrases"), errors_);  // reports a phrases value that is no object
      for (const auto& [id, value] : phrases->members)
        rules.phrases.push_back({id, text(value, p.path_of(id))});
    }
    r.finish();
    if (!errors_.any()) check_references(rules);
    return rules;
  }

 private:
  void languages(ObjectReader& r) {
    std::vector<std::string> found;
    r.each("languages", [&](const JsonValue& v, const std::string& path) {
      if (v.type != JsonValue::Type::string) return errors_.add(ErrorCode::wrong_type, path, "expected a language code");
      found.push_back(v.string);
    });
    std::vector<std::string> expected;
    expected.reserve(kLanguageCount);
    for (int i = 0; i < kLanguageCount; ++i) expected.emplace_back(name(static_cast<Language>(i)));
    if (!errors_.any() && found != expected) {
      errors_.add(ErrorCode::invalid_value, r.path_of("languages"), "expected [\"en\", \"ru\", \"kk\"]");
    }
  }

  Text text(const JsonValue& value, const std::string& path) {
    Text out;
    ObjectReader r(value, path, errors_);
    for (int i = 0; i < kLanguageCount; ++i) {
      const char* language = name(static_cast<Language>(i));
      out.words[i] = r.string(language);
      if (out.words[i].size() > kMaxTextBytes) {
        errors_.add(ErrorCode::too_large, r.path_of(language), "is longer than " + std::to_string(kMaxTextBytes) + " bytes");
      }
    }
    r.finish();
    return out;
  }
  Text text(ObjectReader& r, std::string_view key) {
    const JsonValue* value = r.member(key, true);
    return value ? text(*value, r.path_of(key)) : Text{};
  }
  std::optional<Text> optional_text(ObjectReader& r, std::string_view key) {
    const JsonValue* value = r.member(key, false);
    if (!value) return std::nullopt;
    return text(*value, r.path_of(key));
  }

  std::string id(ObjectReader& r, std::string_view key = "id") {
    std::string value = r.string(key);
    if (!errors_.any() && !is_valid_id(value)) {
      errors_.add(ErrorCode::invalid_value, r.path_of(key),
                  "expected an id of lower-case letters, digits and underscores, found \"" + value + "\"");
    }
    return value;
  }

  CivilDate date(ObjectReader& r, std::string_view key) {
    const std::string value = r.string(key);
    if (errors_.any()) return {};
    auto parsed = parse_iso_date(value);
    if (!parsed) errors_.add(ErrorCode::invalid_date, r.path_of(key), "expected a date written YYYY-MM-DD, found \"" + value + "\"");
    return parsed.value_or(CivilDate{});
  }

  std::vector<std::string> ids(ObjectReader& r, std::string_view key, bool optional = false) {
    std::vector<std::string> out;
    r.each(
        key,
        [&](const JsonValue& v, const std::string& path) {
          if (v.type != JsonValue::Type::string || !is_valid_id(v.string))
            return errors_.add(ErrorCode::invalid_value, path, "expected an id");
          out.push_back(v.string);
        },
        optional);
    return out;
  }

  Source source(const JsonValue& value, const std::string& path) {
    ObjectReader r(value, path, errors_);
    Source s;
    s.id = id(r);
    s.title = text(r, "title");
    s.publisher = r.string("publisher");
    s.published = r.string("published");
    if (!errors_.any() && !is_partial_date(s.published)) {
      errors_.add(ErrorCode::invalid_date, r.path_of("published"),
                  "expected YYYY, YYYY-MM or YYYY-MM-DD, found \"" + s.published + "\"");
    }
    s.checked = date(r, "checked");
    r.finish();
    return s;
  }

  Document document(const JsonValue& value, const std::string& path) {
    ObjectReader r(value, path, errors_);
    Document d{id(r), text(r, "title"), text(r, "detail")};
    r.finish();
    return d;
  }

  Item item(const JsonValue& value, const std::string& path) {
    ObjectReader r(value, path, errors_);
    Item item;
    if (r.member("document", false)) {
      item.is_document = true;
      item.id = id(r, "document");
      item.original = r.flag("original");
      item.copy = r.flag("copy");
      item.notarized_translation = r.flag("notarizedTranslation");
      if (!errors_.any() && !item.original && !item.copy) {
        errors_.add(ErrorCode::invalid_value, path, "a document must be asked for as an original, a copy or both");
      }
    } else {
      item.id = id(r);
      item.title = text(r, "title");
      r.each(
          "oneOf", [&](const JsonValue& v, const std::string& p) { item.one_of.push_back(this->item(v, p)); },
          true, 20);
      r.each(
          "allOf", [&](const JsonValue& v, const std::string& p) { item.all_of.push_back(this->item(v, p)); },
          true, 20);
      if (!errors_.any() && item.one_of.empty() == item.all_of.empty()) {
        errors_.add(ErrorCode::invalid_value, path, "a group needs either \"oneOf\" or \"allOf\" with at least one item, not both");
      }
    }
    item.detail = optional_text(r, "detail");
    item.optional = r.flag("optional");
    if (auto when = r.optional_string("when")) {
      if (*when == "representative") {
        item.when = ItemCondition::representative;
      } else {
        errors_.add(ErrorCode::invalid_value, r.path_of("when"), "expected \"representative\", found \"" + *when + "\"");
      }
    }
    r.finish();
    return item;
  }

  std::vector<Item> items(ObjectReader& r) {
    std::vector<Item> out;
    r.each(
        "items", [&](const JsonValue& v, const std::string& path) { out.push_back(item(v, path)); }, false,
        50);
    return out;
  }

  Ground ground(const JsonValue& value, const std::string& path) {
    ObjectReader r(value, path, errors_);
    Ground g;
    g.code = id(r, "code");
    g.title = text(r, "title");
    g.source = id(r, "source");
    g.note = optional_text(r, "note");
    r.finish();
    return g;
  }

  std::vector<Ground> grounds(ObjectReader& r, std::string_view key) {
    std::vector<Ground> out;
    r.each(key, [&](const JsonValue& v, const std::string& path) { out.push_back(ground(v, path)); });
    return out;
  }

  Category category(const JsonValue& value, const std::string& path) {
    ObjectReader r(value, path, errors_);
    Category c;
    c.id = id(r);
    c.title = text(r, "title");
    c.summary = text(r, "summary");
    c.items = items(r);
    if (const JsonValue* age = r.member("age", false)) {
      ObjectReader a(*age, r.path_of("age"), errors_);
      const auto under = a.integer("under", 1, 150, false);
      const auto at_least = a.integer("atLeast", 1, 150, false);
      if (!errors_.any() && under.has_value() == at_least.has_value()) {
        errors_.add(ErrorCode::invalid_value, a.path(), "expected exactly one of \"under\" and \"atLeast\"");
      }
      c.age = under ? AgeRule{AgeRule::Kind::under, static_cast<int>(*under)}
                    : AgeRule{AgeRule::Kind::at_least, static_cast<int>(at_least.value_or(0))};
      a.finish();
    }
    c.sources = ids(r, "sources");
    r.finish();
    return c;
  }

  Channel channel(const JsonValue& value, const std::string& path) {
    ObjectReader r(value, path, errors_);
    Channel c;
    c.id = id(r);
    c.title = text(r, "title");
    c.summary = text(r, "summary");
    const std::string who = r.string("whoMaySubmit");
    if (who == "in_person") {
      c.who_may_submit = Submission::in_person;
    } else if (who == "in_person_or_representative") {
      c.who_may_submit = Submission::in_person_or_representative;
    } else if (who == "online") {
      c.who_may_submit = Submission::online;
    } else if (!errors_.any()) {
      errors_.add(
          ErrorCode::invalid_value, r.path_of("whoMaySubmit"),
          "expected \"in_person\", \"in_person_or_representative\" or \"online\", found \"" + who + "\"");
    }
    if (const JsonValue* term = r.member("term", true)) {
      ObjectReader t(*term, r.path_of("term"), errors_);
      if (auto days = t.integer("workingDays", 1, 365, false)) c.term.working_days = static_cast<int>(*days);
      c.term.text = text(t, "text");
      t.finish();
    }
    c.items = items(r);
    r.each("categories",
           [&](const JsonValue& v, const std::string& p) { c.categories.push_back(category(v, p)); });
    c.eligibility = ids(r, "eligibility", true);
    c.refuse_to_accept = grounds(r, "refuseToAccept");
    c.refuse_to_form = grounds(r, "refuseToForm");
    c.sources = ids(r, "sources");
    c.as_of = date(r, "asOf");
    r.finish();
    return c;
  }

  HistoryNote history(const JsonValue& value, const std::string& path) {
    ObjectReader r(value, path, errors_);
    HistoryNote h;
    h.id = id(r);
    h.channel = id(r, "channel");
    h.superseded_by = id(r, "supersededBy");
    h.source = id(r, "source");
    h.text = text(r, "text");
    r.finish();
    return h;
  }

  // Ids must be unique where they are looked up, and every reference must resolve.
  void check_references(const Ruleset& rules) {
    unique(rules.sources, "/sources");
    unique(rules.documents, "/documents");
    unique(rules.channels, "/channels");
    unique(rules.history, "/history");
    for (const char* id : detail::kRequiredPhrases) {
      if (!rules.phrase(id)) errors_.add(ErrorCode::missing_key, "/phrases", "missing the phrase \"" + std::string(id) + "\"");
    }
    for (std::size_t c = 0; c < rules.channels.size(); ++c) {
      const Channel& channel = rules.channels[c];
      const std::string at = "/channels/" + std::to_string(c);
      unique(channel.categories, at + "/categories");
      std::set<std::string> seen;
      check_items(rules, channel.items, at + "/items", seen);
      for (std::size_t k = 0; k < channel.categories.size(); ++k) {
        const Category& category = channel.categories[k];
        const std::string cat = at + "/categories/" + std::to_string(k);
        std::set<std::string> in_category = seen;
        check_items(rules, category.items, cat + "/items", in_category);
        check_sources(rules, category.sources, cat + "/sources");
      }
      for (const std::string& phrase : channel.eligibility) {
        if (!rules.phrase(phrase)) errors_.add(ErrorCode::unknown_id, at + "/eligibility", "no phrase \"" + phrase + "\"");
      }
      check_grounds(rules, channel.refuse_to_accept, at + "/refuseToAccept");
      check_grounds(rules, channel.refuse_to_form, at + "/refuseToForm");
      check_sources(rules, channel.sources, at + "/sources");
    }
    for (std::size_t h = 0; h < rules.history.size(); ++h) {
      const HistoryNote& note = rules.history[h];
      const std::string at = "/history/" + std::to_string(h);
      if (!rules.channel(note.channel)) errors_.add(ErrorCode::unknown_id, at + "/channel", "no channel \"" + note.channel + "\"");
      check_sources(rules, {note.source, note.superseded_by}, at);
    }
  }

  template <typename T>
  void unique(const std::vector<T>& list, const std::string& at) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (!seen.insert(list[i].id).second) {
        errors_.add(ErrorCode::duplicate_id, at + "/" + std::to_string(i) + "/id", "the id \"" + list[i].id + "\" is used twice");
      }
    }
  }

  void check_items(const Ruleset& rules, const std::vector<Item>& items, const std::string& at,
                   std::set<std::string>& seen) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      const Item& item = items[i];
      const std::string path = at + "/" + std::to_string(i);
      if (item.is_document && !rules.document(item.id)) {
        errors_.add(ErrorCode::unknown_id, path + "/document", "no document with the id \"" + item.id + "\"");
      }
      if (!seen.insert(item.id).second) {
        errors_.add(ErrorCode::duplicate_id, path, "\"" + item.id + "\" is already in this checklist");
      }
      check_items(rules, item.one_of, path + "/oneOf", seen);
      check_items(rules, item.all_of, path + "/allOf", seen);
    }
  }

  void check_grounds(const Ruleset& rules, const std::vector<Ground>& grounds, const std::string& at) {
    for (std::size_t i = 0; i < grounds.size(); ++i) {
      check_sources(rules, {grounds[i].source}, at + "/" + std::to_string(i) + "/source");
    }
  }

  void check_sources(const Ruleset& rules, const std::vector<std::string>& ids, const std::string& at) {
    if (ids.empty()) errors_.add(ErrorCode::missing_source, at, "every rule must cite at least one source");
    for (const std::string& id : ids) {
      if (!rules.source(id)) errors_.add(ErrorCode::unknown_id, at, "no source with the id \"" + id + "\"");
    }
  }

  ReadErrors& errors_;
};
}  // namespace

Result<Ruleset> load_ruleset(std::string_view json) {
  detail::JsonParse parsed = detail::parse_json(json);
  if (!parsed) return parsed.error();
  ReadErrors errors;
  Ruleset rules = Loader(errors).read(*parsed);
  if (errors.any()) return errors.first();
  return rules;
}

}  // namespace iin
