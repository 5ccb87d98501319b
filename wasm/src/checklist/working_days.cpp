#include "iin/checklist.hpp"
#include "iin/mission.hpp"

namespace iin {
namespace {

struct Day {
  bool working = false;
  const JsonValue* day_off = nullptr;
  const JsonValue* not_day_off = nullptr;
  Confidence confidence = Confidence::weekdays_only;
};

const JsonValue* on(const std::vector<JsonValue>& days, const std::string& iso) {
  for (const JsonValue& day : days) {
    if (day.text("date") == iso) return &day;
  }
  return nullptr;
}

Day classify(const Ruleset& rules, const CivilDate& day, const MissionProfile* mission = nullptr) {
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
    } else {
      out.not_day_off = on(year.list("notDaysOff"), iso);
    }
    break;
  }
  if (closed) {  // the mission is closed, whatever the national calendar says of the day
    out.working = false;
    out.day_off = closed;
    out.not_day_off = nullptr;
  }
  return out;
}

}  // namespace

bool is_working_day(const Ruleset& rules, const CivilDate& day) { return classify(rules, day).working; }

WorkingDays count_working_days(const Ruleset& rules, const CivilDate& apply_on, int days,
                               bool opens_on_days_off, const MissionProfile* mission) {
  WorkingDays out;
  CivilDate day = apply_on;
  out.confidence_year = day.year;
  const auto look = [&](const Day& d) {
    if (d.confidence > out.confidence) {
      out.confidence = d.confidence;
      out.confidence_year = day.year;
    }
    if (d.not_day_off) out.not_days_off.push_back(d.not_day_off);
  };
  Day current = classify(rules, day, mission);
  look(current);
  const bool mission_closed = mission && mission->is_closed_day(current.day_off);
  if ((!opens_on_days_off || mission_closed) && !current.working) {
    out.closed = true;
    out.closed_day_off = current.day_off;
    do {  // at most ten years ahead, whatever the data says
      day = add_days(day, 1);
      current = classify(rules, day, mission);
      look(current);
      if (current.day_off) out.skipped.push_back(current.day_off);
    } while (!current.working && day < add_days(apply_on, 3653));
  }
  out.counted_from = day;
  for (const CivilDate last = add_days(day, 3653); days > 0 && day < last;) {
    day = add_days(day, 1);
    current = classify(rules, day, mission);
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

}  // namespace iin
