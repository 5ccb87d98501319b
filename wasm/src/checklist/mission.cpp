// Mission profiles: the format as a table (like the ruleset's, validated by the same walker), the
// checks that tie it to the rules in use, and the profile as the applicant reads it.
#include "iin/mission.hpp"

#include <algorithm>
#include <iterator>

#include "checklist/format.hpp"
#include "checklist/output.hpp"
#include "checklist/validator.hpp"
#include "iin/checklist.hpp"
#include "shared/concat.hpp"
#include "shared/json_tree.hpp"
#include "shared/json_writer.hpp"

namespace iin {
namespace {
using detail::concat;
using detail::Field;
using detail::Kind;
using detail::Path;
using detail::Shape;
using detail::Validator;
using namespace detail::fields;  // NOLINT(google-build-using-namespace): the tables read as the format

constexpr const char* kDefaultChannel = "consulate";

// The channel a profile belongs to: its "channel", or the consulates'.
const JsonValue* channel_of(const Ruleset& rules, const JsonValue& profile) {
  const JsonValue* id = profile.find("channel");
  return rules.channels.find(id ? std::string_view(id->string) : kDefaultChannel);
}

// The category `id` in channels other than `own`: the one found, or nullptr with `twice` set when
// two channels define it.
const JsonValue* other_category(const Ruleset& rules, const JsonValue* own, std::string_view id,
                                const JsonValue** twice = nullptr) {
  const JsonValue* found = nullptr;
  for (const JsonValue& channel : rules.root.list("channels")) {
    if (&channel == own) continue;
    for (const JsonValue& category : channel.list("categories")) {
      if (category.text("id") != id) continue;
      if (found && twice) *twice = &channel;
      found = found ? found : &category;
    }
  }
  return found;
}

void closed_days(Validator& v, const std::vector<JsonValue>& days, const Path& at) {
  for (std::size_t i = 1; i < days.size(); ++i) {
    if (!(*days[i - 1].date("date") < *days[i].date("date"))) {
      const Path entry = at / i;
      return v.fail(ErrorCode::date_order, entry / "date", "closed days are listed once each, in date order");
    }
  }
}

void extra_categories(Validator& v, const JsonValue* own, const std::vector<JsonValue>& ids, const Path& at) {
  for (std::size_t i = 0; i < ids.size() && !v.failed(); ++i) {
    const std::string& id = ids[i].string;
    const Path here = at / i;
    const auto& listed = own->list("categories");
    if (std::any_of(listed.begin(), listed.end(), [&](const JsonValue& c) { return c.text("id") == id; })) {
      return v.fail(ErrorCode::invalid_value, here,
                    concat({"\"", id, "\" is a category of the channel \"", own->text("id"),
                            "\" already: list only categories the national rules give other channels"}));
    }
    const JsonValue* twice = nullptr;
    if (!other_category(v.rules, own, id, &twice)) {
      return v.fail(ErrorCode::unknown_id, here,
                    concat({"no channel of the rules has a category \"", id, "\""}));
    }
    if (twice) {
      return v.fail(ErrorCode::invalid_value, here,
                    concat({"\"", id, "\" is a category of more than one channel (also \"", twice->text("id"),
                            "\"), so it cannot say which is meant"}));
    }
  }
}

// What the fields alone cannot say: the channel is the rules', a way to make an appointment is
// given, closed days are in order, extra categories are the rules' and new to the channel.
void profile(Validator& v, const JsonValue& value, const Path& at) {
  const JsonValue* channel = channel_of(v.rules, value);
  if (!channel) {
    const JsonValue* named = value.find("channel");
    return v.fail(
        ErrorCode::unknown_id, named ? at / "channel" : at,
        concat({"the rules have no channel \"", named ? std::string_view(named->string) : kDefaultChannel,
                named ? "\"" : "\" (a profile is for it unless it names its \"channel\")"}));
  }
  if (!value.find("appointment") && !value.find("phone")) {
    return v.fail(
        ErrorCode::missing_key, at,
        "give \"appointment\" (an https:// link), \"phone\", or both: how applicants reach the mission");
  }
  closed_days(v, value.list("closedDays"), at / "closedDays");
  if (!v.failed()) extra_categories(v, channel, value.list("extraCategories"), at / "extraCategories");
  for (int i = static_cast<int>(kFirstMissionPhrase); i < kPhraseCount && !v.failed(); ++i) {
    if (!v.rules.engine_phrases[i]) {
      v.fail(ErrorCode::missing_key, at,
             concat({"the rules in use have no phrase \"", name(static_cast<Phrase>(i)),
                     "\", which a mission profile needs: add it to the ruleset's phrases"}));
    }
  }
}

constexpr Field ids(const char* key, std::int16_t max) {
  Field f = make(key, Kind::ids);
  f.max = max;
  return f;
}

constexpr Field schema_version(const char* key, std::int16_t version) {
  Field f = make(key, Kind::schema);
  f.min = version;
  return f;
}

constexpr Field kClosedDayFields[] = {make("date", Kind::date), text("name")};
const Shape kClosedDay = detail::shape(kClosedDayFields);

constexpr Field kProfileFields[] = {
    schema_version("schema", 1),
    optional(make("channel", Kind::id)),
    text("name"),
    make("address", Kind::line),
    text("hours"),
    optional(make("appointment", Kind::url)),
    optional(make("phone", Kind::phone)),
    make("accepting", Kind::flag),
    make("confirmed", Kind::date),
    optional(weekdays("openWeekdays", 1, 7)),
    optional(list("closedDays", kClosedDay, 100)),
    optional(ids("extraCategories", 20)),
    optional(text("notes")),
};
const Shape kProfile = detail::shape(kProfileFields, profile);

constexpr detail::ShapeNote kNotes[] = {
    {&kProfile, "profile", R"("anyOf": [{"required": ["appointment"]}, {"required": ["phone"]}])",
     "The channel is one of the rules' (by default \"consulate\"); closed days are listed once each, in "
     "date order; each extra category is a category of exactly one other channel of the rules, and not "
     "of this one; the rules in use have the phrases a mission profile needs; confirmed is not after the "
     "day the profile is read."},
    {&kClosedDay, "closedDay"},
};

}  // namespace

detail::Format detail::profile_format() {
  return {"IIN Checker mission profile (schema 1)",
          "What one embassy or consulate says of itself, which no national ruleset can: passed to "
          "createChecker({ profile }) or <iin-checker profile-url>. Written from the tables the engine "
          "validates with; the engine reads it against the rules in use and is the final judge.",
          &kProfile,
          kProfileLimits,
          kNotes,
          std::size(kNotes)};
}

const JsonValue& MissionProfile::name() const {
  static const JsonValue kNone;
  const JsonValue* found = root.find("name");
  return found ? *found : kNone;
}

const JsonValue* MissionProfile::closed_on(const CivilDate& day) const {
  const std::string iso = format_iso_date(day);
  for (const JsonValue& entry : root.list("closedDays")) {
    if (entry.text("date") == iso) return &entry;
  }
  return nullptr;
}

bool MissionProfile::is_closed_day(const JsonValue* entry) const {
  const auto& days = root.list("closedDays");
  return !days.empty() && entry >= days.data() && entry < days.data() + days.size();
}

bool MissionProfile::confirmation_current(const Ruleset& rules, const CivilDate& day) const {
  return !(add_days(confirmed, rules.review_after_days) < day);
}

const JsonValue* MissionProfile::extra_category(std::string_view id) const {
  for (const JsonValue* category : extra_categories) {
    if (category->text("id") == id) return category;
  }
  return nullptr;
}

Result<MissionProfile> load_mission_profile(const Ruleset& rules, std::string_view json,
                                            const CivilDate& today) {
  Result<JsonValue> parsed = detail::parse_json(json, detail::kProfileLimits);
  if (!parsed) return parsed.error();
  if (parsed->type != JsonValue::Type::object) {
    return Error{ErrorCode::wrong_type, "", "a mission profile is a JSON object"};
  }
  Validator v(rules);
  MissionProfile mission;
  mission.root = std::move(*parsed);
  v.object(mission.root, kProfile, Path());
  if (v.failed()) return v.error();
  mission.channel = channel_of(rules, mission.root);
  mission.accepting = mission.root.flag("accepting");
  mission.confirmed = *mission.root.date("confirmed");
  if (today < mission.confirmed) {
    return Error{ErrorCode::date_order, "/confirmed", "is after today"};
  }
  for (const JsonValue& day : mission.root.list("openWeekdays"))
    mission.open_weekdays |= static_cast<std::uint8_t>(1U << (day.integer - 1));
  for (const JsonValue& id : mission.root.list("extraCategories"))
    mission.extra_categories.push_back(other_category(rules, mission.channel, id.string));
  return mission;
}

std::string mission_json(const Ruleset& rules, const MissionProfile& mission, Language language,
                         const CivilDate& day) {
  const detail::Words w(rules, language);
  const JsonValue& p = mission.root;
  detail::JsonWriter j;
  j.begin_object().key("channel").value(mission.channel->text("id")).key("name").value(w(p, "name"));
  j.key("address").value(p.text("address")).key("hours").value(w(p, "hours"));
  if (p.find("appointment")) j.key("appointment").value(p.text("appointment"));
  if (p.find("phone")) j.key("phone").value(p.text("phone"));
  j.key("accepting").value(mission.accepting).key("confirmed").value(format_iso_date(mission.confirmed));
  j.key("status");
  detail::write_status(j, w, status_of(rules, *mission.channel, nullptr, day, &mission));
  j.key("closedDays").begin_array();
  for (const JsonValue& closed : p.list("closedDays")) {
    if (*closed.date("date") < day) continue;
    j.begin_object().key("date").value(closed.text("date")).key("name").value(w(closed, "name")).end_object();
  }
  j.end_array().key("extraCategories").begin_array();
  for (const JsonValue* category : mission.extra_categories) {
    j.begin_object()
        .key("id")
        .value(category->text("id"))
        .key("title")
        .value(w(*category, "title"))
        .end_object();
  }
  j.end_array();
  if (p.find("notes")) j.key("notes").value(w(p, "notes"));
  j.end_object();
  return j.text();
}

}  // namespace iin
