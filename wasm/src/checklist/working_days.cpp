#include "iin/checklist.hpp"
#include "iin/mission.hpp"

namespace iin {
namespace {

struct Day {
  bool working = false;
  const JsonValue* day_off = nullptr;
  const JsonValue* not_day_off = nullptr;
  const JsonValue* unsettled = nullptr;  // a day that may be a day off (counted as one when asked)
  Confidence confidence = Confidence::weekdays_only;
};

const JsonValue* on(const std::vector<JsonValue>& days, const std::string& iso) {
  for (const JsonValue& day : days) {
    if (day.text("date") == iso) return &day;
  }
  return nullptr;
}

Day classify(const Ruleset& rules, const CivilDate& day, const MissionProfile* mission, bool unsettled_off) {
  Day out;
  const JsonValue* closed = mission ? mission->closed_on(day) : nullptr;
  out.working = !((rules.weekend >> weekday(day)) & 1U);
  for (const JsonValue& year : rules.calendar().list("years")) {
    const JsonValue* number = year.find("year");
    if (!number || number->integer != day.year) continue;
    if (day < year.date("from").value_or(CivilDate{day.year, 1, 1})) break;  // before the days it covers
    out.confidence = year.text("confidence") == "estimated" ? Confidence::estimated : Confidence::published;
    const std::string iso = format_iso_date(day);
    if ((out.day_off = on(year.list("daysOff"), iso))) {
      out.working = false;
    } else if (on(year.list("workingWeekends"), iso)) {
      out.working = true;
    } else if ((out.unsettled = on(year.list("mayBeDaysOff"), iso))) {
      out.working = !unsettled_off;
    } else {
      out.not_day_off = on(year.list("notDaysOff"), iso);
    }
    break;
  }
  if (closed) {  // the mission is closed, whatever the national calendar says of the day
    out.working = false;
    out.day_off = closed;
    out.not_day_off = nullptr;
    out.unsettled = nullptr;
  }
  return out;
}

// Whether the office takes applications on `day` (classified as `d`).
bool open_on(const CivilDate& day, const Day& d, const Office& office) {
  const MissionProfile* mission = office.mission;
  if (mission && mission->is_closed_day(d.day_off)) return false;
  if (mission && mission->open_weekdays != 0)  // the mission's own week, closed on Kazakhstan's days off
    return ((mission->open_weekdays >> weekday(day)) & 1U) && !d.day_off && !(d.unsettled && !d.working);
  return d.working || office.opens_on_days_off;
}

WorkingDays count(const Ruleset& rules, const CivilDate& apply_on, int days, const Office& office,
                  bool unsettled_off) {
  WorkingDays out;
  CivilDate day = apply_on;
  out.confidence_year = day.year;
  const auto look = [&](const Day& d) {
    if (d.confidence > out.confidence) {
      out.confidence = d.confidence;
      out.confidence_year = day.year;
    }
    if (d.not_day_off) out.not_days_off.push_back(d.not_day_off);
    if (d.unsettled) out.unsettled.push_back(d.unsettled);
  };
  Day current = classify(rules, day, office.mission, unsettled_off);
  look(current);
  if (!open_on(day, current, office)) {
    out.closed = true;
    out.closed_day_off = current.day_off;
    out.closed_weekday = !current.day_off && current.working;  // only the mission's week closes it
    do {  // at most ten years ahead, whatever the data says
      day = add_days(day, 1);
      current = classify(rules, day, office.mission, unsettled_off);
      look(current);
      if (current.day_off) out.skipped.push_back(current.day_off);
    } while (!open_on(day, current, office) && day < add_days(apply_on, 3653));
  }
  out.counted_from = day;
  for (const CivilDate last = add_days(day, 3653); days > 0 && day < last;) {
    day = add_days(day, 1);
    current = classify(rules, day, office.mission, unsettled_off);
    look(current);
    if (current.working) {
      --days;
    } else if (current.day_off) {
      out.skipped.push_back(current.day_off);
    }
  }
  out.ready_by = day;
  return out;
}

}  // namespace

bool is_working_day(const Ruleset& rules, const CivilDate& day) {
  return classify(rules, day, nullptr, true).working;
}

WorkingDays count_working_days(const Ruleset& rules, const CivilDate& apply_on, int days,
                               const Office& office) {
  WorkingDays out = count(rules, apply_on, days, office, true);
  if (!out.unsettled.empty()) {
    const CivilDate otherwise = count(rules, apply_on, days, office, false).ready_by;
    if (otherwise != out.ready_by) out.ready_by_if_working = otherwise;
  }
  return out;
}

}  // namespace iin
