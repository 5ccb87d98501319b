#include "shared/json_tree.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "shared/concat.hpp"
#include "shared/utf8.hpp"

namespace iin::detail {
namespace {
using nlohmann::json;

// The refusal of a text that is not JSON, at its line and column (counted in characters).
Error not_json_at(std::string_view text, std::size_t byte, std::string_view what) {
  std::size_t line = 1;
  std::size_t column = 1;
  for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return Error{ErrorCode::not_json, "",
               concat({"not valid JSON at line ", detail::decimal(static_cast<std::int64_t>(line)),
                       ", column ", detail::decimal(static_cast<std::int64_t>(column)), ": ", what})};
}

// Builds the tree; any `false` stops nlohmann's parser at once.
class TreeBuilder final : public nlohmann::json_sax<json> {
 public:
  TreeBuilder(std::string_view text, const JsonLimits& limits) : text_(text), limits_(limits) {}

  bool null() override { return add(JsonValue{}); }
  bool boolean(bool value) override {
    JsonValue v;
    v.type = JsonValue::Type::boolean;
    v.boolean = value;
    return add(std::move(v));
  }
  bool number_integer(number_integer_t value) override {
    JsonValue v;
    v.type = JsonValue::Type::integer;
    v.integer = value;
    return add(std::move(v));
  }
  bool number_unsigned(number_unsigned_t value) override {
    if (value > static_cast<number_unsigned_t>(INT64_MAX))
      return number_float(static_cast<double>(value), {});
    return number_integer(static_cast<number_integer_t>(value));
  }
  bool number_float(number_float_t value, const string_t&) override {
    JsonValue v;
    v.type = JsonValue::Type::number;
    v.number = value;
    return add(std::move(v));
  }
  bool string(string_t& value) override {
    JsonValue v;
    v.type = JsonValue::Type::string;
    v.string = std::move(value);
    return add(std::move(v));
  }
  bool binary(binary_t&) override { return fail(ErrorCode::not_json, "binary values are not JSON"); }
  bool start_object(std::size_t) override { return open(JsonValue::Type::object); }
  bool key(string_t& name) override {
    key_ = std::move(name);
    return true;
  }
  bool end_object() override {
    IdIndex keys;  // a repeated key found in n log n; a scan per key would be quadratic
    for (const auto& member : stack_.back().members) keys.add(member.first, &member.second);
    if (const JsonValue* twice = keys.sort()) {
      const auto& members = stack_.back().members;
      const auto named =
          std::find_if(members.begin(), members.end(), [&](const auto& m) { return &m.second == twice; });
      return fail(ErrorCode::duplicate_key,
                  concat({"the key \"", named->first, "\" appears twice in this object"}), pointer());
    }
    return close();
  }
  bool start_array(std::size_t) override { return open(JsonValue::Type::array); }
  bool end_array() override { return close(); }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) override {
    // nlohmann's message starts "[json.exception.parse_error.101] parse error at line 1, column 2: "
    // (or "[json.exception.out_of_range.406] number overflow …"): its own words stay, not its codes.
    std::string_view message = ex.what();
    if (const std::size_t code_end = message.find("] "); message[0] == '[' && code_end != message.npos)
      message.remove_prefix(code_end + 2);
    if (const std::size_t colon = message.find(": ");
        message.substr(0, 11) == "parse error" && colon != message.npos)
      message.remove_prefix(colon + 2);
    // The message quotes the input, which may be broken UTF-8.
    if (!error_) error_ = not_json_at(text_, position > 0 ? position - 1 : 0, repair_utf8(message));
    return false;
  }

  JsonParse result() {
    if (error_) return std::move(*error_);
    return std::move(*root_);
  }

 private:
  bool fail(ErrorCode code, std::string message, std::string path = {}) {
    if (!error_) error_ = Error{code, std::move(path), std::move(message)};
    return false;
  }
  bool open(JsonValue::Type type) {
    if (static_cast<int>(stack_.size()) >= limits_.max_depth) {
      return fail(ErrorCode::too_deep,
                  concat({"nested deeper than ", detail::decimal(limits_.max_depth), " levels"}), pointer());
    }
    JsonValue v;
    v.type = type;
    const bool in_array = !stack_.empty() && stack_.back().type == JsonValue::Type::array;
    names_.push_back(in_array ? detail::decimal(static_cast<std::int64_t>(stack_.back().items.size()))
                              : std::move(key_));
    stack_.push_back(std::move(v));
    return true;
  }
  bool close() {
    JsonValue done = std::move(stack_.back());
    stack_.pop_back();
    key_ = std::move(names_.back());
    names_.pop_back();
    return add(std::move(done));
  }
  // The JSON Pointer of the innermost open container.
  std::string pointer() const {
    std::string out;
    for (std::size_t i = 1; i < names_.size(); ++i) {
      out += '/';
      out += names_[i];
    }
    return out;
  }
  bool add(JsonValue value) {
    if (stack_.empty()) {
      root_ = std::move(value);
    } else if (stack_.back().type == JsonValue::Type::array) {
      stack_.back().items.push_back(std::move(value));
    } else {
      stack_.back().members.emplace_back(std::move(key_), std::move(value));
    }
    return true;
  }

  std::string_view text_;
  JsonLimits limits_;
  std::vector<JsonValue> stack_;
  std::vector<std::string> names_;  // each open container's key or index in its parent
  std::string key_;
  std::optional<JsonValue> root_;
  std::optional<Error> error_;
};
}  // namespace

const char* type_name(JsonValue::Type type) {
  switch (type) {
    case JsonValue::Type::null:
      return "null";
    case JsonValue::Type::boolean:
      return "true or false";
    case JsonValue::Type::integer:
      return "a whole number";
    case JsonValue::Type::number:
      return "a number";
    case JsonValue::Type::string:
      return "a string";
    case JsonValue::Type::array:
      return "an array";
    case JsonValue::Type::object:
      return "an object";
  }
  return "a value";
}

JsonParse parse_json(std::string_view text, const JsonLimits& limits) {
  if (text.size() > limits.max_bytes) {
    return Error{
        ErrorCode::too_large, "",
        concat({"the text is ", detail::decimal(static_cast<std::int64_t>(text.size())),
                " bytes; the limit is ", detail::decimal(static_cast<std::int64_t>(limits.max_bytes))})};
  }
  // What nlohmann would let through, though JSON has no place for it: a byte-order mark before
  // the text, which it skips, and a NUL, which it takes for the end (so "{}\0anything" was JSON).
  if (text.substr(0, 3) == "\xEF\xBB\xBF") {
    return Error{ErrorCode::not_json, "",
                 "the text starts with a byte-order mark (U+FEFF): save it as UTF-8 without one"};
  }
  if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
    return not_json_at(text, nul, "a NUL character (U+0000)");
  }
  TreeBuilder builder(text, limits);
  json::sax_parse(text.begin(), text.end(), &builder);
  return builder.result();
}

}  // namespace iin::detail

namespace iin {
namespace {
const std::string kNoText;
const std::vector<JsonValue> kNoList;
}  // namespace

const JsonValue* IdIndex::sort() {
  const auto before = [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second < b.second;  // the first in the file first
  };
  // A heap sort: n log n at worst, as std::sort is, in less than half of its code.
  std::make_heap(entries_.begin(), entries_.end(), before);
  std::sort_heap(entries_.begin(), entries_.end(), before);
  for (std::size_t i = 1; i < entries_.size(); ++i) {
    if (entries_[i].first == entries_[i - 1].first) return entries_[i].second;
  }
  return nullptr;
}

const JsonValue* IdIndex::find(const std::string& id) const { return find(std::string_view(id)); }

std::size_t IdIndex::position(std::string_view id) const {
  return static_cast<std::size_t>(
      std::lower_bound(entries_.begin(), entries_.end(), id,
                       [](const auto& entry, std::string_view key) { return entry.first < key; }) -
      entries_.begin());
}

const JsonValue* IdIndex::find(std::string_view id) const {
  const std::size_t at = position(id);
  return at < entries_.size() && entries_[at].first == id ? entries_[at].second : nullptr;
}

const JsonValue* JsonValue::find(std::string_view key) const {
  for (const auto& [name, value] : members) {
    if (name == key) return &value;
  }
  return nullptr;
}

const std::string& JsonValue::text(std::string_view key) const {
  const JsonValue* value = find(key);
  return value && value->type == Type::string ? value->string : kNoText;
}

const std::vector<JsonValue>& JsonValue::list(const char* key) const {
  const JsonValue* value = find(key);
  return value && value->type == Type::array ? value->items : kNoList;
}

bool JsonValue::flag(const char* key) const {
  const JsonValue* value = find(key);
  return value && value->type == Type::boolean && value->boolean;
}

std::optional<CivilDate> JsonValue::date(const char* key) const { return parse_iso_date(text(key)); }

}  // namespace iin
