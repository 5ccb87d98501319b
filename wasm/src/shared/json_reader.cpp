#include "shared/json_reader.hpp"

namespace iin::detail {
namespace {
// JSON Pointer escaping (RFC 6901).
std::string escape_key(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

std::string found(const JsonValue& value) { return std::string(", found ") + type_name(value.type); }
}  // namespace

ObjectReader::ObjectReader(const JsonValue& value, std::string path, ReadErrors& errors, PathStyle style)
    : value_(value),
      path_(std::move(path)),
      errors_(errors),
      style_(style),
      used_(value.members.size(), false) {
  if (value.type != JsonValue::Type::object) errors_.add(ErrorCode::wrong_type, path_, "expected an object" + found(value));
}

std::string ObjectReader::path_of(std::string_view key) const {
  return style_ == PathStyle::json_pointer ? path_ + "/" + escape_key(key) : path_ + "." + std::string(key);
}

std::string ObjectReader::path_of(std::string_view key, std::size_t index) const {
  return path_of(key) + (style_ == PathStyle::json_pointer ? "/" + std::to_string(index)
                                                           : "[" + std::to_string(index) + "]");
}

const JsonValue* ObjectReader::member(std::string_view key, bool required) {
  for (std::size_t i = 0; i < value_.members.size(); ++i) {
    if (value_.members[i].first == key) {
      used_[i] = true;
      return &value_.members[i].second;
    }
  }
  if (required && value_.type == JsonValue::Type::object) {
    errors_.add(ErrorCode::missing_key, path_, "missing the required key \"" + std::string(key) + "\"");
  }
  return nullptr;
}

std::string ObjectReader::string(std::string_view key) {
  if (!member(key, true)) return {};
  return optional_string(key).value_or(std::string());
}

std::optional<std::string> ObjectReader::optional_string(std::string_view key) {
  const JsonValue* value = member(key, false);
  if (!value) return std::nullopt;
  if (value->type != JsonValue::Type::string) {
    errors_.add(ErrorCode::wrong_type, path_of(key), "expected a string" + found(*value));
    return std::nullopt;
  }
  if (value->string.empty()) {
    errors_.add(ErrorCode::invalid_value, path_of(key), "expected a non-empty string");
    return std::nullopt;
  }
  return value->string;
}

std::optional<std::int64_t> ObjectReader::integer(std::string_view key, std::int64_t min, std::int64_t max,
                                                  bool required) {
  const JsonValue* value = member(key, required);
  if (!value) return std::nullopt;
  if (value->type != JsonValue::Type::integer || value->integer < min || value->integer > max) {
    errors_.add(value->type == JsonValue::Type::integer ? ErrorCode::invalid_value : ErrorCode::wrong_type,
                path_of(key),
                "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max) +
                    (value->type == JsonValue::Type::integer ? ", found " + std::to_string(value->integer)
                                                             : found(*value)));
    return std::nullopt;
  }
  return value->integer;
}

bool ObjectReader::flag(std::string_view key) {
  const JsonValue* value = member(key, false);
  if (!value) return false;
  if (value->type != JsonValue::Type::boolean) {
    errors_.add(ErrorCode::wrong_type, path_of(key), "expected true or false" + found(*value));
    return false;
  }
  return value->boolean;
}

const JsonValue* ObjectReader::array_member(std::string_view key, bool optional, std::size_t max_items) {
  const JsonValue* value = member(key, !optional);
  if (!value) return nullptr;
  if (value->type != JsonValue::Type::array) {
    errors_.add(ErrorCode::wrong_type, path_of(key), "expected an array" + found(*value));
    return nullptr;
  }
  if (value->items.size() > max_items) {
    errors_.add(ErrorCode::too_large, path_of(key), "has " + std::to_string(value->items.size()) + " items; at most " +
                                  std::to_string(max_items) + " are allowed");
    return nullptr;
  }
  return value;
}

void ObjectReader::finish() {
  for (std::size_t i = 0; i < used_.size(); ++i) {
    if (!used_[i]) {
      errors_.add(ErrorCode::unknown_key, path_of(value_.members[i].first), "unknown key \"" + value_.members[i].first + "\"");
      return;
    }
  }
}

}  // namespace iin::detail
