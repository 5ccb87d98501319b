#include "checklist/words.hpp"

#include "iin/mission.hpp"
#include "shared/concat.hpp"

namespace iin::detail {

std::string fill(std::string_view text, Values values) {
  std::string out;
  out.reserve(text.size());
  while (!text.empty()) {
    const std::size_t open = text.find('{');
    const std::size_t close = text.find('}', open);
    out += text.substr(0, open);
    if (open == std::string_view::npos || close == std::string_view::npos) break;
    const std::string_view name = text.substr(open + 1, close - open - 1);
    std::string_view replacement = text.substr(open, close - open + 1);
    for (const auto& [key, value] : values) {
      if (key == name) replacement = value;
    }
    out += replacement;
    text.remove_prefix(close + 1);
  }
  return out;
}

const std::string& Words::operator()(const JsonValue* text) const {
  static const std::string kNone;
  return text ? text->text(name(language)) : kNone;
}

namespace {
std::string written(const Words& w, const CivilDate& day, const char* pattern) {
  const JsonValue* format = w.rules.root.find("dateFormat");
  const JsonValue* months = format ? format->find("months") : nullptr;
  const JsonValue* names = months ? months->find(name(w.language)) : nullptr;
  const std::string month =
      names && names->items.size() == 12 ? names->items[day.month - 1].string : detail::decimal(day.month);
  return fill(w(format ? format->find(pattern) : nullptr),
              {{"day", detail::decimal(day.day)}, {"month", month}, {"year", detail::decimal(day.year)}});
}
}  // namespace

std::string Words::date(const CivilDate& day) const { return written(*this, day, "date"); }
std::string Words::day_month(const CivilDate& day) const { return written(*this, day, "dayMonth"); }

std::string Words::status(const Status& status) const {
  const auto write = [&](const std::optional<CivilDate>& day) { return day ? date(*day) : std::string(); };
  const std::string since = write(status.since);
  const std::string until = write(status.rule ? status.rule->date("validTo") : std::nullopt);
  const std::string from = write(status.rule ? status.rule->date("validFrom") : std::nullopt);
  const std::string read = write(status.read);
  const std::string confirmed =
      write(status.mission ? std::optional(status.mission->confirmed) : std::nullopt);
  const std::string& mission = status.mission ? (*this)(&status.mission->name()) : read;
  const Values values = {{"since", since}, {"until", until},    {"from", from},
                         {"read", read},   {"date", confirmed}, {"mission", mission}};
  std::string out = phrase(status.phrase, values);
  if (status.note && !status.mission) {
    out += ' ';
    out += fill((*this)(status.note), values);
  }
  return out;
}

std::string Words::period(const std::optional<CivilDate>& from, const std::optional<CivilDate>& to) const {
  if (from && to) return phrase(Phrase::period_from_to, {{"from", date(*from)}, {"to", date(*to)}});
  if (from) return phrase(Phrase::period_from, {{"from", date(*from)}});
  if (to) return phrase(Phrase::period_to, {{"to", date(*to)}});
  return {};
}

}  // namespace iin::detail
