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

namespace iin::detail {

struct JsonValue {
  enum class Type : std::uint8_t { null, boolean, integer, number, string, array, object };
  Type type = Type::null;
  bool boolean = false;
  std::int64_t integer = 0;
  double number = 0;
  std::string string;
  std::vector<JsonValue> items;                            // array
  std::vector<std::pair<std::string, JsonValue>> members;  // object, in document order
};

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
