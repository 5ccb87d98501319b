#pragma once
// Reading typed values out of a JsonValue, naming the JSON Pointer path of the first problem.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "iin/error.hpp"
#include "shared/json_tree.hpp"

namespace iin::detail {

// Collects the first problem; later ones are usually consequences of it.
class ReadErrors {
 public:
  void add(ErrorCode code, const std::string& path, std::string what) {
    if (!first_) first_ = Error{code, path, std::move(what)};
  }
  void add(Error error) {
    if (!first_) first_ = std::move(error);
  }
  bool any() const { return first_.has_value(); }
  const Error& first() const { return *first_; }

 private:
  std::optional<Error> first_;
};

// How paths are written: JSON Pointers ("/channels/0/id") for rulesets, JavaScript-style
// ("answers.have[0]") for a caller's answers.
enum class PathStyle { json_pointer, javascript };

class ObjectReader {
 public:
  ObjectReader(const JsonValue& value, std::string path, ReadErrors& errors,
               PathStyle style = PathStyle::json_pointer);

  std::string string(std::string_view key);  // required, non-empty
  std::optional<std::string> optional_string(std::string_view key);
  std::optional<std::int64_t> integer(std::string_view key, std::int64_t min, std::int64_t max,
                                      bool required);
  bool flag(std::string_view key);  // optional boolean, false when absent
  // Calls read(element, path) for each element of the array at `key` (required unless `optional`).
  template <typename Read>
  void each(std::string_view key, Read&& read, bool optional = false, std::size_t max_items = 1000) {
    const JsonValue* array = array_member(key, optional, max_items);
    for (std::size_t i = 0; array && i < array->items.size() && !errors_.any(); ++i) {
      read(array->items[i], path_of(key, i));
    }
  }
  const JsonValue* member(std::string_view key, bool required);  // marks the key as known
  // The array at `key`, or nullptr (and an error unless it is optional and absent).
  const JsonValue* array_member(std::string_view key, bool optional, std::size_t max_items);

  // Reports the first key no read asked for.
  void finish();
  const std::string& path() const { return path_; }
  std::string path_of(std::string_view key) const;
  std::string path_of(std::string_view key, std::size_t index) const;
  ReadErrors& errors() { return errors_; }
  PathStyle style() const { return style_; }

 private:
  const JsonValue& value_;
  std::string path_;
  ReadErrors& errors_;
  PathStyle style_;
  std::vector<bool> used_;
};

}  // namespace iin::detail
