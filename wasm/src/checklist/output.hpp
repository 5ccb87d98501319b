#pragma once
// The JSON pieces every answer shares: sources (strongest first), disagreements and statuses.

#include <vector>

#include "checklist/words.hpp"
#include "shared/json_writer.hpp"

namespace iin::detail {

using Sources = std::vector<const JsonValue*>;

// The sources an array of ids names (those it knows), added to `out`.
void add_sources(const Ruleset& rules, const std::vector<JsonValue>& ids, Sources& out);
// Each source once, the strongest first: by the order of sourceKinds, then the latest publication.
Sources by_authority(const Ruleset& rules, const Sources& sources);

void write_source(JsonWriter& j, const Words& w, const JsonValue& source);
void write_sources(JsonWriter& j, const Words& w, const Sources& sources);  // by authority
// { code, text, since?, until?, missionConfirmed? }
void write_status(JsonWriter& j, const Words& w, const Status& status);

}  // namespace iin::detail
