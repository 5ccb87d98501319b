// libFuzzer target: rulesets and JSON answers, as raw bytes or spliced into known-good JSON, through
// load_ruleset, read_request, make_checklist, assess and the JSON writers.
//
// The first byte picks what the rest is (its low two bits) and, for a ruleset that loads, which
// channel and category to assess (the other six):
//   0: a whole ruleset             1: bytes spliced into the built-in ruleset
//   2: a whole request (answers)   3: bytes spliced into a sample request
// A splice reads three bytes first: where to cut (two bytes, as a fraction of the text) and how many
// bytes to cut (one byte); the remaining input is inserted there.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "iin/checklist.hpp"
#include "iin/checklist_json.hpp"
#include "iin/ruleset.hpp"
#include "shared/json_tree.hpp"

namespace {

void require(bool ok) {
  if (!ok) __builtin_trap();
}

const iin::Ruleset& builtin() {
  static const iin::Ruleset rules = [] {
    iin::Result<iin::Ruleset> load = iin::load_ruleset(iin::builtin_ruleset_json());
    require(static_cast<bool>(load));
    return *load;
  }();
  return rules;
}

constexpr std::string_view kRequest =
    R"({"channel":"consulate","category":"inheritance","birthDate":"1960-02-29","today":"2026-11-27",)"
    R"("representative":false,"lang":"ru","have":["application","passport","will"],)"
    R"("expiries":{"passport":"2026-11-26"},"applyOn":"2026-11-28","iin":"901123300258"})";

bool parses(const std::string& json) {
  return static_cast<bool>(iin::detail::parse_json(json, iin::detail::JsonLimits{64 << 20, 64}));
}

// Every error has a message, and its JSON parses (parse errors quote the input, repaired to valid UTF-8).
void require_error_json(const iin::Error& error) {
  require(!error.message.empty());
  require(parses(iin::error_json(error)));
}

std::string splice(std::string_view base, const std::uint8_t* data, std::size_t size) {
  if (size < 3) return std::string(base);
  const std::size_t at = static_cast<std::size_t>((data[0] << 8) | data[1]) * base.size() / 65536;
  const std::size_t cut = std::min<std::size_t>(data[2], base.size() - at);
  std::string out(base.substr(0, at));
  out.append(reinterpret_cast<const char*>(data + 3), size - 3);
  out.append(base.substr(at + cut));
  return out;
}

void check_assessment(const iin::Assessment& a, const iin::Checklist& c, const iin::Answers& answers,
                      const iin::Holdings& h) {
  require(!a.ready || (a.grounds.empty() && a.missing.empty() && a.expired.empty()));
  require(a.ready || !a.grounds.empty() || !a.missing.empty() || !a.expired.empty());
  require(a.eligible == c.eligible);
  require(a.ready_by.has_value() == (a.ready && c.term_working_days.has_value()));
  if (a.ready_by)
    require(answers.apply_on.value_or(answers.today) < *a.ready_by && iin::weekday(*a.ready_by) < 5);
  for (const iin::ExpiredItem& e : a.expired) {
    require(std::find(h.have.begin(), h.have.end(), e.id) != h.have.end());
  }
  require(parses(iin::assessment_json(a)));
}

// Every channel and category of a ruleset that loaded must give a checklist; the one `pick` names
// is also assessed and written out as JSON (doing so for all of them makes each input slow).
void exercise(const iin::Ruleset& rules, unsigned pick) {
  iin::Holdings everything;
  for (const iin::Document& d : rules.documents) everything.have.push_back(d.id);
  std::vector<iin::Answers> all;
  for (const iin::Channel& channel : rules.channels) {
    std::vector<std::string> categories;
    for (const iin::Category& c : channel.categories) categories.push_back(c.id);
    if (categories.empty()) categories.emplace_back();
    for (const std::string& category : categories) {
      for (bool representative : {false, true}) {
        iin::Answers answers;
        answers.channel = channel.id;
        answers.category = category;
        answers.today = {2026, 11, 27};
        answers.birth_date = iin::CivilDate{1960, 2, 29};
        answers.representative = representative;
        answers.language = static_cast<iin::Language>(pick % iin::kLanguageCount);
        all.push_back(answers);
      }
    }
  }
  for (std::size_t i = 0; i < all.size(); ++i) {
    const iin::Result<iin::Checklist> listed = iin::make_checklist(rules, all[i]);
    require(static_cast<bool>(listed));
    const iin::Checklist& c = *listed;
    require(c.eligible == std::none_of(c.eligibility.begin(), c.eligibility.end(),
                                       [](const iin::Reason& r) { return r.met == false; }));
    if (i != pick % all.size()) continue;
    require(parses(iin::checklist_json(c)));

    const iin::Result<iin::Assessment> full = iin::assess(rules, all[i], everything);
    require(static_cast<bool>(full));
    require(full->missing.empty() && full->expired.empty());
    require(full->ready == c.eligible);
    check_assessment(*full, c, all[i], everything);

    const iin::Result<iin::Assessment> none = iin::assess(rules, all[i], {});
    require(static_cast<bool>(none));
    check_assessment(*none, c, all[i], {});
  }
  require(parses(iin::categories_json(rules, static_cast<iin::Language>(pick % iin::kLanguageCount))));
}

void load(std::string_view json, unsigned pick) {
  const iin::Result<iin::Ruleset> load = iin::load_ruleset(json);
  if (load) {
    exercise(*load, pick);
  } else {
    require_error_json(load.error());
  }
}

void answer(std::string_view json) {
  const iin::Result<iin::Request> request = iin::read_request(json);
  if (!request) return require_error_json(request.error());
  const iin::Result<iin::Checklist> listed = iin::make_checklist(builtin(), request->answers);
  const iin::Result<iin::Assessment> assessed = iin::assess(builtin(), request->answers, request->holdings);
  if (!listed) {
    require(!assessed && assessed.error().describe() == listed.error().describe());
    return require_error_json(listed.error());
  }
  require(parses(iin::checklist_json(*listed)));
  if (!assessed) {
    require(assessed.error().path.rfind("answers.have", 0) == 0 ||
            assessed.error().path.rfind("answers.expiries", 0) == 0);
    return require_error_json(assessed.error());
  }
  check_assessment(*assessed, *listed, request->answers, request->holdings);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
  switch (data[0] % 4) {
    case 0:
      load(rest, data[0] / 4);
      break;
    case 1:
      load(splice(iin::builtin_ruleset_json(), data + 1, size - 1), data[0] / 4);
      break;
    case 2:
      answer(rest);
      break;
    case 3:
      answer(splice(kRequest, data + 1, size - 1));
      break;
  }
  return 0;
}
