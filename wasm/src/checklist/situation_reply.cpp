// The whole case in one reply: the answers refused, the choices, and once a channel (and its
// category) is chosen the checklist, the verdict and what changed since a link's edition; with the
// mission profile, passed once, for every part.
#include "checklist/parts.hpp"
#include "iin/checklist_json.hpp"
#include "shared/concat.hpp"
#include "shared/json_writer.hpp"

namespace iin {
namespace {
using detail::JsonWriter;

// An edition the change log does not list (nor the rules' own): the error that names the known ones.
std::optional<Error> unknown_edition(const Ruleset& rules, const std::string& version) {
  std::string known;
  for (const JsonValue& edition : rules.root.list("changeLog")) {
    if (edition.text("version") == version) return std::nullopt;
    known += detail::concat({"'", edition.text("version"), "', "});
  }
  if (version == rules.version) return std::nullopt;
  return Error{ErrorCode::unknown_id, "answers.since",
               detail::concat({"these rules know the editions ", known, "and its own, '", rules.version,
                               "', not '", version.substr(0, 40), "'"})};
}

}  // namespace

std::string situation_json(const Ruleset& rules, SituationRequest request, const MissionProfile* mission) {
  Request& used = request.request;
  Answers& a = used.answers;
  const detail::Words w(rules, a.language);
  const auto refuse = [&](const char* key, const std::string& value, const Error& error,
                          const JsonValue* titled) {
    detail::write_refusal(request.refused, w, key, value.empty() ? nullptr : &value, error, titled);
  };

  if (auto unknown = request.since.empty() ? std::nullopt : unknown_edition(rules, request.since)) {
    refuse("since", request.since, *unknown, nullptr);
    request.since.clear();
  }

  // The channel and category: one that is no choice (unknown, or never one of this channel) is
  // left out; a category still to choose is named too, with the choices (code missing_key).
  Result<detail::Selection> selected = detail::select(rules, a, mission);
  if (!a.channel.empty() && !selected) {
    const Error& error = selected.error();
    const bool channel = error.path == "answers.channel";
    refuse(channel ? "channel" : "category", channel ? a.channel : a.category, error, nullptr);
    if (channel) a.channel.clear();
    a.category.clear();
  }
  const bool chosen = !a.channel.empty() && selected;

  // Documents held that this checklist does not ask for: ticks that no longer apply.
  std::string checklist = "null";
  std::string verdict = "null";
  std::string changes = "null";
  if (chosen) {
    const detail::Situation s(rules, a, *selected, mission);
    std::vector<std::string> asked;
    for (std::string& id : used.holdings.have) {
      if (s.mentions(id)) {
        asked.push_back(std::move(id));
      } else {
        refuse("have", id, Error{ErrorCode::unknown_id, "answers.have", "is not in this checklist"},
               rules.documents.find(id));
      }
    }
    used.holdings.have = std::move(asked);
    checklist = detail::checklist_json(s);
    verdict = detail::assessment_json(s, used.holdings);
    if (!request.since.empty()) changes = detail::changes_json(s, request.since);
  }

  const CivilDate day = a.applying();
  JsonWriter j;
  j.begin_object().key("version").value(rules.version).key("today").value(format_iso_date(a.today));
  j.key("applyOn")
      .value(format_iso_date(day))
      .key("refused")
      .json(detail::concat({"[", request.refused, "]"}));
  j.key("choices").json(choices_json(rules, ChoicesRequest{a.language, day}, mission));
  j.key("checklist").json(checklist).key("verdict").json(verdict).key("mission");
  mission ? (void)j.json(mission_json(rules, *mission, a.language, day)) : (void)j.null();
  j.key("changes").json(changes).end_object();
  return j.text();
}

}  // namespace iin
