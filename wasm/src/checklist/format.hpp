#pragma once
// The two formats a host writes, a ruleset and a mission profile, as the tables that the engine
// checks them with, for wasm/tools/write_schemas.cpp, which writes their JSON Schemas from these
// alone. The module never calls these functions; the linker leaves them out of it.

#include <cstddef>

#include "checklist/validator.hpp"
#include "shared/json_tree.hpp"

namespace iin::detail {

// What a shape's hook checks, said for a JSON Schema: the part that JSON Schema can state, as
// members of a schema object in JSON text, and the rest in words.
struct ShapeNote {
  const Shape* shape = nullptr;
  const char* name = "";         // the shape's name among the schema's definitions
  const char* schema = nullptr;  // e.g. R"("dependentRequired": {"endConfirmed": ["validTo"]})"
  const char* beyond = nullptr;  // what only the engine checks
};

struct Format {
  const char* title = "";
  const char* description = "";
  const Shape* root = nullptr;
  JsonLimits limits;
  const ShapeNote* notes = nullptr;
  std::size_t note_count = 0;
};

inline constexpr JsonLimits kRulesetLimits{};
inline constexpr JsonLimits kProfileLimits{std::size_t{64} * 1024, 8};

Format ruleset_format();
Format profile_format();

}  // namespace iin::detail
