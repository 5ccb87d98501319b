#pragma once
// A parsed JSON document as a plain tree (object members keep their order), with null-safe
// accessors: reading a key that is absent gives an empty value, never a crash.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "iin/civil_date.hpp"

namespace iin {

struct JsonValue {
  enum class Type : std::uint8_t { null, boolean, integer, number, string, array, object };
  Type type = Type::null;
  bool boolean = false;
  std::int64_t integer = 0;
  double number = 0;
  std::string string;
  std::vector<JsonValue> items;                            // array
  std::vector<std::pair<std::string, JsonValue>> members;  // object, in document order

  // The member named `key`, or nullptr. (Each accessor also takes a C string: the engine names keys
  // with literals, and a call that passes a pointer is the shortest one to compile.)
  const JsonValue* find(std::string_view key) const;
  const JsonValue* find(const char* key) const { return find(std::string_view(key)); }
  // The string at `key`, or "" (also when it is no string).
  const std::string& text(std::string_view key) const;
  const std::string& text(const char* key) const { return text(std::string_view(key)); }
  // The array at `key`, or an empty one.
  const std::vector<JsonValue>& list(const char* key) const;
  bool flag(const char* key) const;  // false unless `key` is true
  // The date written YYYY-MM-DD at `key`, if it is one.
  std::optional<CivilDate> date(const char* key) const;
};

// Names → values of a tree (ids of a list's entries, keys of an object), sorted once: a lookup is
// a binary search, and a name used twice is found in n log n.
class IdIndex {
 public:
  void add(std::string_view id, const JsonValue* entry) { entries_.emplace_back(id, entry); }
  // Sorts the entries; returns the entry whose id is used a second time, if any.
  const JsonValue* sort();
  const JsonValue* find(std::string_view id) const;  // nullptr when unknown
  // The usual call, with an id from the tree: a reference is shorter than a string_view made from it.
  const JsonValue* find(const std::string& id) const;
  const JsonValue* find(const char* id) const { return find(std::string_view(id)); }
  std::size_t size() const { return entries_.size(); }
  // In sorted order, after sort(): the position of the first id not below `id`, and each entry.
  std::size_t position(std::string_view id) const;
  std::string_view id(std::size_t i) const { return entries_[i].first; }
  const JsonValue* at(std::size_t i) const { return entries_[i].second; }

 private:
  std::vector<std::pair<std::string_view, const JsonValue*>> entries_;
};

}  // namespace iin
