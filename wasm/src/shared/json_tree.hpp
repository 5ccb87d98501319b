#pragma once
// A small JSON tree read with nlohmann/json's SAX parser: object members keep their order,
// duplicate keys are refused, and hostile input (huge, deeply nested) is stopped early.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "iin/error.hpp"
#include "iin/json.hpp"

namespace iin::detail {

using iin::JsonValue;

const char* type_name(JsonValue::Type type);  // "a string", "an object", ...

struct JsonLimits {
  std::size_t max_bytes = 1 << 20;
  int max_depth = 32;
};

// The tree, or what is wrong and where (the line and column in the message, a JSON Pointer as the
// path where one is known).
using JsonParse = Result<JsonValue>;

JsonParse parse_json(std::string_view text, const JsonLimits& limits = {});

}  // namespace iin::detail
