// libFuzzer target: any bytes, any options, through check() and the batch checker.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "iin/batch.hpp"
#include "iin/identifier.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t flags = data[0];
  iin::CheckOptions options;
  options.strict = flags & 1;
  if (flags & 2) options.expect = (flags & 4) ? iin::Kind::bin : iin::Kind::iin;
  if (flags & 8) options.birth_date = iin::CivilDate{1990, 11, 23};
  if (flags & 16) options.gender = (flags & 32) ? iin::Gender::female : iin::Gender::male;
  const std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);

  const iin::IdResult result = iin::check(input, options);
  if (result.valid != result.errors.empty()) __builtin_trap();
  if (result.suggestions.size() > 5) __builtin_trap();
  for (const auto& suggestion : result.suggestions) {
    if (!iin::check(suggestion).valid) __builtin_trap();
  }

  std::vector<std::uint8_t> codes;
  const auto mode = (flags & 64) ? iin::BatchMode::items : iin::BatchMode::text;
  const iin::BatchSummary summary = iin::check_lines(input, mode, options, codes);
  if (summary.total + summary.blank != codes.size() || summary.valid + summary.invalid != summary.total) {
    __builtin_trap();
  }
  return 0;
}
