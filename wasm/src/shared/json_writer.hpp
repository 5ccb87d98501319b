#pragma once
// Writes compact JSON for the answers the module hands to JavaScript. The methods are out of line
// on purpose: an answer writes hundreds of keys, and each call stays a call.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace iin::detail {

class JsonWriter {
 public:
  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }
  JsonWriter& key(const char* name);  // keys are literals: a pointer is the shortest call
  JsonWriter& value(std::string_view text);
  // Most values are strings of the ruleset: a reference is a shorter call than a string_view made
  // from one at each of some hundred call sites.
  JsonWriter& value(const std::string& text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(bool flag);
  JsonWriter& value(std::int64_t number);
  JsonWriter& value(int number) { return value(static_cast<std::int64_t>(number)); }
  JsonWriter& null();
  // A value already written as JSON (e.g. by another JsonWriter), inserted as it is.
  JsonWriter& json(std::string_view written);

  const std::string& text() const { return out_; }

 private:
  JsonWriter& open(char bracket);
  JsonWriter& close(char bracket);
  void separate();
  void quote(std::string_view text);

  std::string out_;
  std::vector<char> first_;  // per open container: nothing written in it yet
  bool after_key_ = false;
};

}  // namespace iin::detail
