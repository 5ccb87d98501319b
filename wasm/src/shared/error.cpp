#include "iin/error.hpp"

#include "shared/json_writer.hpp"

namespace iin {

const char* name(ErrorCode code) { return kErrorCodeNames[static_cast<int>(code)]; }

std::optional<ErrorCode> parse_error_code(std::string_view text) {
  for (int i = 0; i < kErrorCodeCount; ++i) {
    if (text == kErrorCodeNames[i]) return static_cast<ErrorCode>(i);
  }
  return std::nullopt;
}

std::string error_json(const Error& error) {
  detail::JsonWriter j;
  j.begin_object().key("error").begin_object();
  j.key("code").value(name(error.code)).key("path").value(error.path).key("message").value(error.message);
  j.end_object().end_object();
  return j.text();
}

std::string error_codes_json() {
  detail::JsonWriter j;
  j.begin_array();
  for (int i = 0; i < kErrorCodeCount; ++i) j.value(name(static_cast<ErrorCode>(i)));
  j.end_array();
  return j.text();
}

}  // namespace iin
