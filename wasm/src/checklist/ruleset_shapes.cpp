// The ruleset format (schema 2) as data: one table per kind of object, read top to bottom like
// wasm/rules/README.md, with the rules that tie fields together in hooks. Then the checks that
// need the whole file: a document asked for twice on the same day, a phrase or question nobody
// uses.
#include "checklist/ruleset_shapes.hpp"

#include <algorithm>
#include <iterator>

#include "checklist/format.hpp"
#include "shared/concat.hpp"

namespace iin::detail {
namespace {
using namespace fields;  // NOLINT(google-build-using-namespace): the tables read as the format

extern const Shape kDocumentItem, kGroupItem, kDispute;

constexpr Field items(const char* key, std::int16_t max) {
  Field f = make(key, Kind::items);
  f.extra = &kDocumentItem;
  f.group = &kGroupItem;
  f.max = max;
  return f;
}

#define IIN_VALIDITY_FIELDS                                                       \
  optional(make("validFrom", Kind::date)), optional(make("validTo", Kind::date)), \
      optional(make("endConfirmed", Kind::flag)), optional(refs("validitySources"))
#define IIN_DISPUTED_FIELD optional(list("disputed", kDispute))

// --- what the fields alone cannot say ------------------------------------------------------------

void dates_in_order(Validator& v, const JsonValue& value, const Path& at) {
  const auto from = value.date("validFrom");
  const auto to = value.date("validTo");
  if (from && to && *to < *from) v.fail(ErrorCode::date_order, at / "validTo", "is before validFrom");
}

void validity(Validator& v, const JsonValue& value, const Path& at) {
  const bool dated = value.find("validFrom") || value.find("validTo");
  if (value.find("endConfirmed") && !value.find("validTo")) {
    return v.fail(ErrorCode::invalid_value, at / "endConfirmed",
                  "says how a validTo date ended: give validTo too");
  }
  if (dated && !value.find("validitySources")) {
    return v.fail(ErrorCode::missing_source, at,
                  "dates need the sources that give them: add \"validitySources\"");
  }
  if (!dated && value.find("validitySources")) {
    return v.fail(ErrorCode::invalid_value, at / "validitySources",
                  "cites sources for dates: give validFrom or validTo");
  }
  dates_in_order(v, value, at);
}

void source(Validator& v, const JsonValue& value, const Path& at) {
  const std::string& published = value.text("published");
  if (value.text("read").compare(0, published.size(), published) < 0) {
    v.fail(ErrorCode::date_order, at / "read", "is before the source was published");
  }
}

void question(Validator& v, const JsonValue& value, const Path& at) {
  const auto& options = value.list("options");
  if (options.size() < 2)
    return v.fail(ErrorCode::invalid_value, at / "options", "a question needs at least two options");
  if (Validator::repeated(options, "id"))
    v.fail(ErrorCode::duplicate_id, at / "options", "the same option id is used twice");
}

void document_item(Validator& v, const JsonValue& value, const Path& at) {
  validity(v, value, at);
  if (!value.flag("original") && !value.flag("copy")) {
    v.fail(ErrorCode::invalid_value, at, "a document must be asked for as an original, a copy or both");
  }
}

void group_item(Validator& v, const JsonValue& value, const Path& at) {
  validity(v, value, at);
  const JsonValue* one_of = value.find("oneOf");
  const JsonValue* all_of = value.find("allOf");
  if (!one_of == !all_of) {
    return v.fail(
        ErrorCode::invalid_value, at,
        "an item names a \"document\", or is a group with either \"oneOf\" or \"allOf\" (not both)");
  }
  if ((one_of ? one_of : all_of)->items.size() < 2) {
    v.fail(ErrorCode::invalid_value, at / (one_of ? "oneOf" : "allOf"), "a group needs at least two members");
  }
}

// The data follows the higher authority, then the later publication (sourceKinds give the ranking).
void dispute(Validator& v, const JsonValue& value, const Path& at) {
  const auto& followed = value.list("followed");
  const auto& others = value.list("otherSources");
  for (const JsonValue& id : followed) {
    if (std::any_of(others.begin(), others.end(),
                    [&](const JsonValue& o) { return o.string == id.string; })) {
      return v.fail(ErrorCode::invalid_value, at, "a source cannot be on both sides of a disagreement");
    }
  }
  // The strongest source of a side: the best rank, then the latest publication (undated: "", never later).
  const auto best = [&](const std::vector<JsonValue>& side) {
    std::pair<std::size_t, std::string> out{SIZE_MAX, {}};
    for (const JsonValue& id : side) {
      const JsonValue* s = v.rules.sources.find(id.string);
      const std::size_t rank = s ? v.rules.rank(*s) : SIZE_MAX;
      if (rank < out.first) out = {rank, {}};
      if (s && rank == out.first) out.second = std::max(out.second, s->text("published"));
    }
    return out;
  };
  const auto ours = best(followed);
  const auto theirs = best(others);
  if (ours.first > theirs.first || (ours.first == theirs.first && ours.second < theirs.second)) {
    v.fail(
        ErrorCode::weaker_source, at / "followed",
        "follows sources that rank below the others (a lower kind in sourceKinds, or the same kind published "
        "earlier): follow the higher authority, then the later date");
  }
}

void age(Validator& v, const JsonValue& value, const Path& at) {
  if (!value.find("under") == !value.find("atLeast")) {
    v.fail(ErrorCode::invalid_value, at, "expected exactly one of \"under\" and \"atLeast\"");
  }
}

// Whether two rules are in force on some of the same days.
bool overlap(const JsonValue& a, const JsonValue& b) {
  const CivilDate never_before{0, 1, 1};
  const CivilDate never_after{9999, 12, 31};
  return !(a.date("validTo").value_or(never_after) < b.date("validFrom").value_or(never_before)) &&
         !(b.date("validTo").value_or(never_after) < a.date("validFrom").value_or(never_before));
}

void channel(Validator& v, const JsonValue& value, const Path& at) {
  validity(v, value, at);
  const auto& terms = value.list("terms");
  const bool counts_days =
      std::any_of(terms.begin(), terms.end(), [](const JsonValue& t) { return t.find("workingDays"); });
  if (counts_days && !value.find("calendar")) {
    return v.fail(ErrorCode::missing_key, at,
                  "a term in working days needs the \"calendar\" that counts them");
  }
  IdIndex by_start;  // ISO dates sort as days do; no validFrom ("") first
  for (const JsonValue& term : terms) by_start.add(term.text("validFrom"), &term);
  by_start.sort();
  for (std::size_t i = 1; i < by_start.size(); ++i) {
    if (overlap(*by_start.at(i - 1), *by_start.at(i))) {
      return v.fail(
          ErrorCode::date_order, at / "terms" / static_cast<std::size_t>(by_start.at(i) - terms.data()),
          "is in force on some of the same days as another term: at most one term may be in force on a day");
    }
  }
  const auto& categories = value.list("categories");
  if (const JsonValue* twice = Validator::repeated(categories, "id")) {
    v.fail(ErrorCode::duplicate_id,
           at / "categories" / static_cast<std::size_t>(twice - categories.data()) / "id",
           concat({"the id \"", twice->text("id"), "\" is used twice"}));
  }
  if (v.rules.as_of < value.date("asOf").value_or(CivilDate{})) {
    v.fail(ErrorCode::date_order, at / "asOf", "is after the ruleset's asOf");
  }
}

// A category named beside its channel must be one of the channel's (history entries, changes).
void category_of_channel(Validator& v, const JsonValue& value, const Path& at) {
  const JsonValue* channel = v.rules.channels.find(value.text("channel"));
  if (!channel) return;  // the channel's own field says why
  const auto& categories = channel->list("categories");
  if (std::none_of(categories.begin(), categories.end(),
                   [&](const JsonValue& c) { return c.text("id") == value.text("category"); })) {
    v.fail(ErrorCode::unknown_id, at / "category",
           concat({"the channel \"", value.text("channel"), "\" has no category \"", value.text("category"),
                   "\""}));
  }
}

void earlier_dates(Validator& v, const JsonValue& value, const Path& at) {
  if (value.find("endConfirmed") && !value.find("validTo")) {
    return v.fail(ErrorCode::invalid_value, at / "endConfirmed",
                  "says how a validTo date ended: give validTo too");
  }
  dates_in_order(v, value, at);
}

void earlier(Validator& v, const JsonValue& value, const Path& at) {
  if (value.members.empty()) {
    v.fail(ErrorCode::invalid_value, at,
           "says what the earlier edition had: give \"dates\", \"whoMaySubmit\" or \"term\"");
  }
}

void change(Validator& v, const JsonValue& value, const Path& at) {
  if (!value.find("added") && !value.find("removed") && !value.find("was") && !value.find("text")) {
    return v.fail(ErrorCode::missing_key, at,
                  "a change says what changed: give \"added\", \"removed\", \"was\" or \"text\"");
  }
  if (value.find("category")) category_of_channel(v, value, at);
}

// Editions are listed oldest first, each once, none of them the file's own edition.
void change_log(Validator& v, const JsonValue& value, const Path& at) {
  const auto& editions = value.list("changeLog");
  const Path log = at / "changeLog";
  for (std::size_t i = 0; i < editions.size(); ++i) {
    const Path entry = log / i;
    const JsonValue& edition = editions[i];
    const std::string& version = edition.text("version");
    bool twice = version == v.rules.version;
    for (std::size_t k = 0; k < i; ++k) twice = twice || editions[k].text("version") == version;
    if (twice) {
      return v.fail(ErrorCode::duplicate_id, entry / "version",
                    "is listed twice, or is the file's own version (the log lists earlier editions)");
    }
    const CivilDate next =
        i + 1 < editions.size() ? editions[i + 1].date("asOf").value_or(CivilDate{}) : v.rules.as_of;
    if (next < edition.date("asOf").value_or(CivilDate{})) {
      return v.fail(ErrorCode::date_order, entry / "asOf",
                    "is after the asOf of the next edition (or of the file): list editions oldest first");
    }
  }
}

void history(Validator& v, const JsonValue& value, const Path& at) {
  dates_in_order(v, value, at);
  if (!value.find("category")) return;
  if (!v.rules.channels.find(value.text("channel")))
    return v.fail(ErrorCode::missing_key, at, "a history entry about a category names its \"channel\" too");
  category_of_channel(v, value, at);
}

void calendar(Validator& v, const JsonValue& value, const Path& at) {
  const auto& years = value.list("years");
  for (std::size_t y = 1; y < years.size(); ++y) {
    if (years[y].find("year")->integer <= years[y - 1].find("year")->integer) {
      return v.fail(ErrorCode::date_order, at / "years" / y / "year",
                    "years are listed once each, in ascending order");
    }
  }
}

// Whether the calendar lists the day (YYYY-MM-DD) in one of its years' daysOff.
bool listed_day_off(const Ruleset& rules, const std::string& iso) {
  for (const JsonValue& year : rules.calendar().list("years")) {
    for (const JsonValue& day : year.list("daysOff")) {
      if (day.text("date") == iso) return true;
    }
  }
  return false;
}

void year(Validator& v, const JsonValue& value, const Path& at) {
  const int number = static_cast<int>(value.find("year")->integer);
  const CivilDate from = value.date("from").value_or(CivilDate{number, 1, 1});
  if (from.year != number) return v.fail(ErrorCode::date_order, at / "from", "is not in this year");
  const auto weekend = [&](const CivilDate& d) { return (v.rules.weekend >> weekday(d)) & 1U; };
  std::vector<CivilDate> days_off;
  for (const char* list : {"daysOff", "workingWeekends", "notDaysOff", "mayBeDaysOff"}) {
    const auto& days = value.list(list);
    for (std::size_t i = 0; i < days.size() && !v.failed(); ++i) {
      const CivilDate day = *days[i].date("date");
      const Path in_list = at / list;  // each step named: a Path points at its parent
      const Path entry = in_list / i;
      const Path here = entry / "date";
      if (day.year != number || day < from)
        return v.fail(ErrorCode::date_order, here, "is outside the days this year covers");
      const bool off = std::binary_search(days_off.begin(), days_off.end(), day);
      if (list[0] == 'd') {
        if (!days_off.empty() && !(days_off.back() < day)) {
          return v.fail(ErrorCode::date_order, here, "days off are listed once each, in date order");
        }
        if (weekend(day)) {
          return v.fail(
              ErrorCode::invalid_value, here,
              "is a weekend day anyway: list the working day the day off moves to (with movedFrom)");
        }
        days_off.push_back(day);
      } else if (list[0] == 'w' && (!weekend(day) || off)) {
        return v.fail(ErrorCode::invalid_value, here,
                      "a working weekend day must be a weekend day that is no day off");
      } else if (list[0] == 'w' && !listed_day_off(v.rules, days[i].text("instead"))) {
        return v.fail(
            ErrorCode::unknown_id, entry / "instead",
            "names no day off of the calendar: a working weekend day makes up for a day in daysOff");
      } else if (list[0] == 'n' && off) {
        return v.fail(ErrorCode::invalid_value, here, "is listed as a day off too");
      } else if (list[0] == 'm' && (off || weekend(day))) {
        return v.fail(ErrorCode::invalid_value, here, "must be a weekday that is no day off");
      }
    }
  }
}

// --- the format ------------------------------------------------------------------------------------

constexpr Field kSourceKindFields[] = {make("id", Kind::id), text("title")};
const Shape kSourceKind = shape(kSourceKindFields);

constexpr Field kSourceFields[] = {
    make("id", Kind::id),
    ref("kind", Target::source_kind),
    text("title"),
    text("publisher"),
    optional(make("url", Kind::url)),
    optional(make("published", Kind::partial_date)),
    make("read", Kind::date),
    optional(text("note")),
};
const Shape kSource = shape(kSourceFields, source);

constexpr Field kOptionFields[] = {make("id", Kind::id), text("title")};
const Shape kOption = shape(kOptionFields);
constexpr Field kQuestionFields[] = {
    make("id", Kind::question_id),
    text("title"),
    optional(text("help")),
    list("options", kOption, 32),
};
const Shape kQuestion = shape(kQuestionFields, question);

constexpr Field kDocumentFields[] = {make("id", Kind::id), text("title"), text("detail"),
                                     IIN_VALIDITY_FIELDS};
const Shape kDocument = shape(kDocumentFields, validity);

constexpr Field kDisputeFields[] = {
    text("about"), refs("followed"), refs("otherSources"), text("theySay"), text("because"),
};
const Shape kDispute = shape(kDisputeFields, dispute);

constexpr Field kDocumentItemFields[] = {
    ref("document", Target::document),
    optional(make("original", Kind::flag)),
    optional(make("copy", Kind::flag)),
    optional(make("notarizedTranslation", Kind::form)),
    optional(make("legalised", Kind::form)),
    optional(make("when", Kind::condition)),
    optional(make("optional", Kind::flag)),
    optional(make("askOffice", Kind::flag)),
    optional(text("detail")),
    optional(refs("sources")),
    IIN_VALIDITY_FIELDS,
    IIN_DISPUTED_FIELD,
};
const Shape kDocumentItem = shape(kDocumentItemFields, document_item);

constexpr Field kGroupItemFields[] = {
    make("id", Kind::id),
    text("title"),
    optional(items("oneOf", 20)),
    optional(items("allOf", 20)),
    optional(make("when", Kind::condition)),
    optional(make("optional", Kind::flag)),
    optional(text("detail")),
    optional(refs("sources")),
    IIN_VALIDITY_FIELDS,
    IIN_DISPUTED_FIELD,
};
const Shape kGroupItem = shape(kGroupItemFields, group_item);

constexpr Field kTermFields[] = {
    optional(integer("workingDays", 1, 365)),
    text("text"),
    refs("sources"),
    IIN_VALIDITY_FIELDS,
    IIN_DISPUTED_FIELD,
};
const Shape kTerm = shape(kTermFields, validity);

constexpr Field kNoteFields[] = {make("id", Kind::id), text("text"), refs("sources"), IIN_VALIDITY_FIELDS};
const Shape kNote = shape(kNoteFields, validity);

constexpr Field kGroundFields[] = {
    make("code", Kind::id), text("title"),       optional(text("note")),
    refs("sources"),        IIN_VALIDITY_FIELDS, IIN_DISPUTED_FIELD,
};
const Shape kGround = shape(kGroundFields, validity);

constexpr Field kAgeFields[] = {optional(integer("under", 1, 150)), optional(integer("atLeast", 1, 150))};
const Shape kAge = shape(kAgeFields, age);

constexpr const char* kStatusNotePlaceholders = "since until from read";

constexpr Field kCategoryFields[] = {
    make("id", Kind::id),
    text("title"),
    text("summary"),
    IIN_VALIDITY_FIELDS,
    optional(text("statusNote", kStatusNotePlaceholders)),
    items("items", 50),
    optional(object("age", kAge)),
    optional(spelling("representedBy", kRepresentedBy)),
    optional(list("notes", kNote)),
    refs("sources"),
    IIN_DISPUTED_FIELD,
};
const Shape kCategory = shape(kCategoryFields, validity);

// Children under `under` are represented by a parent or legal representative, by law.
constexpr Field kMinorsFields[] = {integer("under", 1, 18), refs("sources")};
const Shape kMinors = shape(kMinorsFields);

constexpr Field kChannelFields[] = {
    make("id", Kind::id),
    text("title"),
    text("summary"),
    IIN_VALIDITY_FIELDS,
    optional(text("statusNote", kStatusNotePlaceholders)),
    spelling("whoMaySubmit", kSubmissions),
    make("opensOnDaysOff", Kind::flag),
    list("terms", kTerm),
    optional(ref("calendar", Target::calendar)),
    items("items", 50),
    optional(list("categories", kCategory)),
    optional(refs("eligibility", Target::phrase, 0)),
    optional(ref("fallback", Target::phrase)),
    optional(object("minors", kMinors)),
    optional(list("notes", kNote)),
    list("refuseToAccept", kGround),
    list("refuseToForm", kGround),
    refs("sources"),
    make("asOf", Kind::date),
    IIN_DISPUTED_FIELD,
};
const Shape kChannel = shape(kChannelFields, channel);

constexpr Field kHistoryFields[] = {
    make("id", Kind::id),
    optional(ref("channel", Target::channel)),
    optional(make("category", Kind::id)),
    optional(make("validFrom", Kind::date)),
    optional(make("validTo", Kind::date)),
    text("text"),
    refs("sources"),
    optional(refs("supersededBy")),
    IIN_DISPUTED_FIELD,
};
const Shape kHistory = shape(kHistoryFields, history);

// The change log: each earlier edition, and what the next one changed for a channel or category.
constexpr Field kRemovedFields[] = {make("id", Kind::id), text("title")};
const Shape kRemoved = shape(kRemovedFields);
constexpr Field kEarlierDatesFields[] = {
    optional(make("validFrom", Kind::date)),
    optional(make("validTo", Kind::date)),
    optional(make("endConfirmed", Kind::flag)),
};
const Shape kEarlierDates = shape(kEarlierDatesFields, earlier_dates);
constexpr Field kEarlierTermFields[] = {optional(integer("workingDays", 1, 365)), text("text")};
const Shape kEarlierTerm = shape(kEarlierTermFields);
constexpr Field kEarlierFields[] = {
    optional(object("dates", kEarlierDates)),
    optional(spelling("whoMaySubmit", kSubmissions)),
    optional(object("term", kEarlierTerm)),
};
const Shape kEarlier = shape(kEarlierFields, earlier);
constexpr Field kChangeFields[] = {
    ref("channel", Target::channel),
    optional(make("category", Kind::id)),
    optional(make("when", Kind::condition)),
    optional(refs("added", Target::document)),
    optional(list("removed", kRemoved, 50)),
    optional(object("was", kEarlier)),
    optional(text("text")),
    refs("sources"),
};
const Shape kChange = shape(kChangeFields, change);
constexpr Field kEditionFields[] = {
    make("version", Kind::version),
    make("asOf", Kind::date),
    list("changes", kChange),
};
const Shape kEdition = shape(kEditionFields);

constexpr Field kHolidayFields[] = {make("id", Kind::id), text("title")};
const Shape kHoliday = shape(kHolidayFields);
constexpr Field kRuleFields[] = {text("text"), refs("sources")};
const Shape kRule = shape(kRuleFields);
constexpr Field kDayOffFields[] = {
    make("date", Kind::date), ref("holiday", Target::holiday), optional(make("movedFrom", Kind::date)),
    optional(text("note")),   optional(refs("sources")),
};
const Shape kDayOff = shape(kDayOffFields);
constexpr Field kWorkingWeekendFields[] = {make("date", Kind::date), make("instead", Kind::date)};
const Shape kWorkingWeekend = shape(kWorkingWeekendFields);
constexpr Field kNotDayOffFields[] = {
    make("date", Kind::date),
    ref("holiday", Target::holiday),
    text("text"),
    refs("sources"),
};
const Shape kNotDayOff = shape(kNotDayOffFields);
constexpr Field kYearFields[] = {
    integer("year", 2000, 2100),
    optional(make("from", Kind::date)),
    spelling("confidence", kConfidences, 2),  // a year is published or estimated; weekdays_only has no year
    refs("sources"),
    list("daysOff", kDayOff, 366),
    optional(list("workingWeekends", kWorkingWeekend, 366)),
    optional(list("notDaysOff", kNotDayOff, 366)),
    optional(list("mayBeDaysOff", kNotDayOff, 366)),
};
const Shape kYear = shape(kYearFields, year);
constexpr Field kCalendarFields[] = {
    make("id", Kind::id),       text("title"),         weekdays("weekend", 0, 6),
    list("holidays", kHoliday), object("rule", kRule), list("years", kYear, 200),
};
const Shape kCalendar = shape(kCalendarFields, calendar);

constexpr Field kDateFormatFields[] = {
    make("months", Kind::months),
    text("date", "day month year"),
    text("dayMonth", "day month"),
};
const Shape kDateFormat = shape(kDateFormatFields);

constexpr Field kRulesetFields[] = {
    make("schema", Kind::schema),
    make("version", Kind::version),
    make("asOf", Kind::date),
    make("languages", Kind::languages),
    integer("reviewAfterDays", 1, 3650),
    list("sourceKinds", kSourceKind, 20),
    list("sources", kSource),
    list("questions", kQuestion),
    list("documents", kDocument),
    make("phrases", Kind::phrases),
    object("calendar", kCalendar),
    object("dateFormat", kDateFormat),
    list("channels", kChannel),
    list("history", kHistory),
    optional(list("changeLog", kEdition)),
};
const Shape kRuleset = shape(kRulesetFields, change_log);

// --- the hooks' rules, as the JSON Schema says them (wasm/tools/write_schemas.cpp) ---------------

#define IIN_VALIDITY_SCHEMA                                                                 \
  R"("dependentRequired": {"endConfirmed": ["validTo"], "validFrom": ["validitySources"],)" \
  R"( "validTo": ["validitySources"]},)"                                                    \
  R"( "dependentSchemas": {"validitySources": {"anyOf": [{"required": ["validFrom"]},)"     \
  R"( {"required": ["validTo"]}]}})"
#define IIN_VALIDITY_BEYOND "validTo is not before validFrom."

constexpr ShapeNote kNotes[] = {
    {&kRuleset, "ruleset", nullptr,
     "Every id a rule names is listed where it points (sources, source kinds, questions and their options, "
     "documents, channels, holidays, phrases, the calendar); ids are unique within their list; every "
     "phrase that is not the engine's is named by some channel's eligibility, and every question is asked "
     "by some item's condition; a channel's checklist asks for one document or group once on any day; "
     "earlier editions in changeLog are listed oldest first, each once, none of them this file's version."},
    {&kSource, "source", nullptr, "read is not before published."},
    {&kQuestion, "question", R"("properties": {"options": {"minItems": 2}})", "Option ids are unique."},
    {&kDocument, "document", IIN_VALIDITY_SCHEMA, IIN_VALIDITY_BEYOND},
    {&kDispute, "dispute", nullptr,
     "No source is on both sides; the followed sources rank at least as high as the others: a kind higher "
     "in sourceKinds, or the same kind published later."},
    {&kDocumentItem, "documentItem",
     IIN_VALIDITY_SCHEMA
     R"(, "anyOf": [{"required": ["original"], "properties": {"original": {"const": true}}},)"
     R"( {"required": ["copy"], "properties": {"copy": {"const": true}}}])",
     IIN_VALIDITY_BEYOND},
    {&kGroupItem, "groupItem",
     IIN_VALIDITY_SCHEMA R"(, "oneOf": [{"required": ["oneOf"]}, {"required": ["allOf"]}],)"
                         R"( "properties": {"oneOf": {"minItems": 2}, "allOf": {"minItems": 2}})",
     IIN_VALIDITY_BEYOND},
    {&kTerm, "term", IIN_VALIDITY_SCHEMA, IIN_VALIDITY_BEYOND},
    {&kNote, "note", IIN_VALIDITY_SCHEMA, IIN_VALIDITY_BEYOND},
    {&kGround, "ground", IIN_VALIDITY_SCHEMA, IIN_VALIDITY_BEYOND},
    {&kAge, "age", R"("oneOf": [{"required": ["under"]}, {"required": ["atLeast"]}])", nullptr},
    {&kCategory, "category", IIN_VALIDITY_SCHEMA, IIN_VALIDITY_BEYOND},
    {&kChannel, "channel",
     IIN_VALIDITY_SCHEMA R"(, "if": {"required": ["terms"], "properties": {"terms": {"type": "array", )"
                         R"("contains": {"type": "object", "required": ["workingDays"]}}}},)"
                         R"( "then": {"required": ["calendar"]})",
     IIN_VALIDITY_BEYOND
     " At most one term is in force on any day; category ids are unique; asOf is not after the "
     "ruleset's asOf."},
    {&kHistory, "historyEntry", R"("dependentRequired": {"category": ["channel"]})",
     IIN_VALIDITY_BEYOND " The category is one of the channel's."},
    {&kEarlierDates, "earlierDates", R"("dependentRequired": {"endConfirmed": ["validTo"]})",
     IIN_VALIDITY_BEYOND},
    {&kEarlier, "earlier", R"("minProperties": 1)", nullptr},
    {&kChange, "change",
     R"("anyOf": [{"required": ["added"]}, {"required": ["removed"]}, {"required": ["was"]},)"
     R"( {"required": ["text"]}])",
     "The category is one of the channel's."},
    {&kCalendar, "calendar", nullptr, "Years are listed once each, in ascending order."},
    {&kEdition, "edition"},
    {&kEarlierTerm, "earlierTerm"},
    {&kDayOff, "dayOff"},
    {&kNotDayOff, "notDayOff"},
    {&kYear, "year", nullptr,
     "Every date is in the year and not before from; days off are weekdays, listed once each in date "
     "order; a working weekend day is a weekend day that is no day off, and instead names a day off of "
     "the calendar (in any year); a day in notDaysOff is no day off; a day in mayBeDaysOff is a weekday "
     "that is no day off."},
};

#undef IIN_VALIDITY_SCHEMA
#undef IIN_VALIDITY_BEYOND

// --- the whole file ------------------------------------------------------------------------------

class WholeFile {
 public:
  explicit WholeFile(Validator& v) : v_(v) {}

  void run() {
    for (const JsonValue& channel : v_.rules.root.list("channels")) {
      if (!v_.failed()) this->channel(channel);
    }
    unused();
  }

 private:
  // Every item of a checklist, by id, with the questions their conditions ask.
  void collect(const std::vector<JsonValue>& items, IdIndex& out) {
    for (const JsonValue& item : items) {
      out.add(item.find("document") ? item.text("document") : item.text("id"), &item);
      ask(item.find("when"));
      for (const char* form : {"notarizedTranslation", "legalised"}) {
        if (const JsonValue* f = item.find(form)) ask(f->find("when"));
      }
      collect(item.list(item.find("oneOf") ? "oneOf" : "allOf"), out);
    }
  }
  void ask(const JsonValue* condition) {
    if (!condition) return;
    for (const auto& member : condition->members) asked_.add(member.first, &member.second);
  }

  // The same document or group twice in one checklist on the same day would be asked for twice.
  void twice(const JsonValue* item, std::string_view id) {
    v_.fail(
        ErrorCode::duplicate_id, pointer_to(v_.rules.root, item),
        concat({"\"", id,
                "\" is already in this checklist on some of the same days (give the two validFrom/validTo "
                "dates that do not overlap)"}));
  }
  // Items of one list (sorted) that overlap each other, or (with `common`) one of those.
  void overlaps(const IdIndex& items, const IdIndex* common) {
    for (std::size_t i = 0; i < items.size() && !v_.failed(); ++i) {
      for (std::size_t k = i + 1; k < items.size() && items.id(k) == items.id(i); ++k) {
        if (overlap(*items.at(i), *items.at(k))) return twice(items.at(k), items.id(k));
      }
      if (!common) continue;
      for (std::size_t k = common->position(items.id(i)); k < common->size() && common->id(k) == items.id(i);
           ++k) {
        if (overlap(*items.at(i), *common->at(k))) return twice(items.at(i), items.id(i));
      }
    }
  }

  void channel(const JsonValue& channel) {
    for (const JsonValue& phrase : channel.list("eligibility")) used_phrases_.add(phrase.string, &phrase);
    if (const JsonValue* fallback = channel.find("fallback")) used_phrases_.add(fallback->string, fallback);
    IdIndex common;
    collect(channel.list("items"), common);
    common.sort();
    overlaps(common, nullptr);
    for (const JsonValue& category : channel.list("categories")) {
      IdIndex own;
      collect(category.list("items"), own);
      own.sort();
      overlaps(own, &common);
    }
  }

  // A phrase or question nothing uses is most likely a typo elsewhere: refused, never ignored.
  void unused() {
    used_phrases_.sort();
    asked_.sort();
    for (const auto& [id, words] : v_.rules.root.find("phrases")->members) {
      const bool engine = std::find(v_.rules.engine_phrases.begin(), v_.rules.engine_phrases.end(), &words) !=
                          v_.rules.engine_phrases.end();
      if (!v_.failed() && !engine && !used_phrases_.find(id)) {
        v_.fail(ErrorCode::unknown_key, Path() / "phrases" / id,
                "no channel's eligibility uses this phrase, and the engine has no phrase of this name");
      }
    }
    const auto& questions = v_.rules.root.list("questions");
    for (std::size_t q = 0; q < questions.size() && !v_.failed(); ++q) {
      if (!asked_.find(questions[q].text("id"))) {
        v_.fail(ErrorCode::unknown_key, Path() / "questions" / q, "no item's condition asks this question");
      }
    }
  }

  Validator& v_;
  IdIndex used_phrases_;
  IdIndex asked_;
};

}  // namespace

Format ruleset_format() {
  return {"IIN Checker ruleset (schema 2)",
          "The rules the checklist engine loads (wasm/rules/README.md describes them): sources, questions, "
          "documents, channels, history, the working-day calendar and the engine's sentences, in English, "
          "Russian and Kazakh. Written from the tables the engine validates with; the engine validates a "
          "host's file in full and is the final judge.",
          &kRuleset,
          kRulesetLimits,
          kNotes,
          std::size(kNotes)};
}

std::optional<Error> validate_ruleset(const Ruleset& rules) {
  Validator v(rules);
  v.object(rules.root, kRuleset, Path());
  if (!v.failed()) WholeFile(v).run();
  if (v.failed()) return v.error();
  return std::nullopt;
}

}  // namespace iin::detail
