#include <string>
#include <vector>

#include "iin/identifier.hpp"
#include "shared/json_writer.hpp"
#include "shared/utf8.hpp"

namespace iin {

namespace {
void write_issues(detail::JsonWriter& out, const std::vector<Issue>& issues) {
  out.begin_array();
  for (const Issue& issue : issues) {
    out.begin_object().key("code").value(name(issue.code)).key("message").value(issue.message);
    if (issue.position >= 0) out.key("position").value(issue.position);
    out.end_object();
  }
  out.end_array();
}

void write_digit(detail::JsonWriter& out, const std::optional<int>& digit) {
  if (digit) {
    out.value(*digit);
  } else {
    out.null();
  }
}
}  // namespace

std::string to_json(std::string_view utf8_input, const IdResult& result) {
  detail::JsonWriter out;
  out.begin_object().key("input").value(detail::repair_utf8(utf8_input));
  out.key("normalized").value(result.normalized).key("valid").value(result.valid);
  out.key("kind").value(name(result.kind));
  out.key("errors");
  write_issues(out, result.errors);
  out.key("warnings");
  write_issues(out, result.warnings);
  out.key("checkDigit");
  write_digit(out, result.check_digit);
  out.key("expectedCheckDigit");
  write_digit(out, result.expected_check_digit);
  out.key("iin");
  if (result.iin) {
    out.begin_object().key("birthDate").value(format_iso_date(result.iin->birth_date));
    out.key("gender").value(name(result.iin->gender)).key("century").value(result.iin->century);
    out.key("serial").value(result.iin->serial).end_object();
  } else {
    out.null();
  }
  out.key("bin");
  if (result.bin) {
    out.begin_object()
        .key("registered")
        .value(format_iso_date({result.bin->year, result.bin->month, 1}).substr(0, 7));
    out.key("entity").value(name(result.bin->entity)).key("division").value(name(result.bin->division));
    out.key("serial").value(result.bin->serial).end_object();
  } else {
    out.null();
  }
  out.key("suggestions").begin_array();
  for (const std::string& suggestion : result.suggestions) out.value(suggestion);
  out.end_array().end_object();
  return out.text();
}

}  // namespace iin
