#pragma once
// The errors the C++ reports to its callers, in one vocabulary for both modules: a code (spelled
// in one table, kErrorCodes), where it applies (a JSON Pointer into data such as a ruleset, or
// "answers.x" / "options.x" for a caller's arguments) and an English message for developers.
// Pages translate by code and never show the message to a visitor.
//
// JavaScript turns them into exceptions (web/lib/errors.js): errors in data become a
// RulesetError, `wrong_type` in arguments a TypeError, any other argument error a RangeError; all
// three carry `code` and `path`.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace iin {

// X(code): every code, in the order of the enum. Add a code here, then its translations in
// web/i18n/*.json (error_<code>), its line in the README's table and its place in the .d.ts union
// (ApiErrorCode); a test checks all three. The C++ reports the first eighteen; the others are
// JavaScript's, for starting the modules and the element, kept here so that there is one list.
#define IIN_ERROR_CODES(X)                                                                              \
  X(not_json)            /* the text is not JSON */                                                     \
  X(too_large)           /* more bytes, items or characters than allowed */                             \
  X(too_deep)            /* JSON nested deeper than allowed */                                          \
  X(duplicate_key)       /* a key twice in one JSON object */                                           \
  X(missing_key)         /* a required key is absent */                                                 \
  X(unknown_key)         /* a key nobody reads: refused, so that a typo is never silently lost */       \
  X(wrong_type)          /* a string where an object was expected, and so on */                         \
  X(invalid_value)       /* the right type, but a value that is not allowed */                          \
  X(invalid_date)        /* not a real date written YYYY-MM-DD (or YYYY, YYYY-MM where allowed) */      \
  X(date_order)          /* two dates in an impossible order, e.g. born after today */                  \
  X(duplicate_id)        /* an id used twice where ids must be unique */                                \
  X(unknown_id)          /* an id that names nothing: a reference in data, or an answer */              \
  X(missing_source)      /* a rule that cites no source */                                              \
  X(weaker_source)       /* a disagreement settled for sources that rank below the others */            \
  X(unsupported_schema)  /* data written for another version of the format */                           \
  X(rules_unavailable)   /* the rules file could not be read (JavaScript: a failed fetch) */            \
  X(profile_unavailable) /* a mission profile could not be read (JavaScript: a failed fetch) */         \
  X(not_loaded)          /* the checklist was asked for before any rules were loaded */                 \
  /* Starting in a browser or Node (JavaScript only: web/lib/start-module.js, the element) */           \
  X(unsupported)           /* the engine cannot run WebAssembly with SIMD (or the element's needs) */   \
  X(wasm_blocked)          /* the page's Content-Security-Policy forbids compiling WebAssembly */       \
  X(load_failed)           /* a file could not be fetched at all: offline, or the server unreachable */ \
  X(file_missing)          /* the server answered without the file: an HTTP error, or a page instead */ \
  X(hash_mismatch)         /* a .wasm file is not the one this version was built with */                \
  X(corrupt_module)        /* a .wasm file is damaged: it does not compile or start */                  \
  X(rules_invalid)         /* the element's rules were refused (its error says why and where) */        \
  X(profile_invalid)       /* the element's mission profile was refused (its error says where) */       \
  X(trusted_types_blocked) /* the page's trusted-types list lacks iin-checker: no worker */

enum class ErrorCode : std::uint8_t {
#define IIN_ERROR_ENUM(code) code,
  IIN_ERROR_CODES(IIN_ERROR_ENUM)
#undef IIN_ERROR_ENUM
};

// The codes' spellings, in the order of the enum: the one table the module and JavaScript share.
inline constexpr const char* kErrorCodeNames[] = {
#define IIN_ERROR_NAME(code) #code,
    IIN_ERROR_CODES(IIN_ERROR_NAME)
#undef IIN_ERROR_NAME
};
inline constexpr int kErrorCodeCount = static_cast<int>(sizeof kErrorCodeNames / sizeof *kErrorCodeNames);

const char* name(ErrorCode code);
std::optional<ErrorCode> parse_error_code(std::string_view text);

struct Error {
  ErrorCode code = ErrorCode::invalid_value;
  std::string path;     // "/channels/0/id", "answers.birthDate", "options.expect"; "" for the whole input
  std::string message;  // English, for developers: what is wrong and what was expected

  // "<path>: <message>", as a developer reads it in a log.
  std::string describe() const { return (path.empty() ? std::string("/") : path) + ": " + message; }
};

// {"error":{"code","path","message"}}: what JavaScript turns into an exception (web/lib/errors.js).
std::string error_json(const Error& error);
// ["not_json", ...]: every error code, for the tests that check each is translated and documented.
std::string error_codes_json();

// A value or the error that prevented it. No exceptions cross our code (it is built without them).
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}      // NOLINT(google-explicit-constructor): return a value
  Result(Error error) : error_(std::move(error)) {}  // NOLINT(google-explicit-constructor): or an error
  explicit operator bool() const { return value_.has_value(); }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  const Error& error() const { return *error_; }

 private:
  std::optional<T> value_;
  std::optional<Error> error_;
};

}  // namespace iin
