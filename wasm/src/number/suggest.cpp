#include "number/suggest.hpp"

#include <algorithm>
#include <array>
#include <cstddef>

#include "number/check_digit.hpp"
#include "number/layout.hpp"

namespace iin::detail {
namespace {
using Digits = std::array<int, kDigits>;

struct Candidate {
  Digits digits;
  int rank;  // 0..kRanks-1, lower is better; ties keep the order of discovery
};
constexpr int kRanks = 8;

bool agrees_with_person(const Digits& digits, const CheckOptions& options) {
  if (!options.birth_date && !options.gender) return true;
  const IinReading reading = read_iin(digits.data());
  if (!reading.data) return false;
  if (options.birth_date && reading.data->birth_date != *options.birth_date) return false;
  return !options.gender || reading.data->gender == *options.gender;
}

bool follows_layout(const Digits& digits, const CheckOptions& options) {
  const bool iin = iin_problems(digits.data()).empty();
  const bool bin = !iin && bin_problems(digits.data()).empty();
  if (options.expect == Kind::iin) return iin;
  if (options.expect == Kind::bin) return bin;
  return iin || bin;
}

int mod11(int value) { return ((value % 11) + 11) % 11; }

// The v in 0..10 with base + v * weight = target (mod 11), for a weight not divisible by 11.
int solve(int base, int weight, int target) {
  static constexpr int kInverse[11] = {0, 1, 6, 4, 3, 9, 2, 8, 7, 5, 10};
  return mod11((target - base) * kInverse[weight]);
}

// Calls visit(candidate, transposition) for each valid number one adjacent transposition or one
// changed digit away from `original`.
template <typename Visit>
void for_each_neighbour(const Digits& original, Visit visit) {
  const WeightedSums sums = weighted_sums(original.data());
  const int check = original[11];
  for (int i = 0; i + 1 < kDigits; ++i) {
    if (original[i] == original[i + 1]) continue;
    Digits swapped = original;
    std::swap(swapped[i], swapped[i + 1]);
    const auto expected = check_digit_from(weighted_sums(swapped.data()));
    if (expected && *expected == swapped[11]) visit(swapped, true);
  }
  // A changed digit: solve for the values that make the first pass give the check digit, or
  // make it give 10 and the second pass give the check digit.
  for (int i = 0; i < 11; ++i) {
    const int w1 = kFirstWeights[i] % 11;
    const int w2 = kSecondWeights[i] % 11;
    const int base1 = mod11(sums.first - original[i] * w1);  // residues with digit i = 0
    const int base2 = mod11(sums.second - original[i] * w2);
    int values[2] = {-1, -1};
    if (w1 != 0) {
      values[0] = solve(base1, w1, check);
      const int to_ten = solve(base1, w1, 10);
      if ((base2 + to_ten * w2) % 11 == check) values[1] = to_ten;
    } else if (base1 == 10 && w2 != 0) {  // the first pass gives 10 whatever digit i is
      values[0] = solve(base2, w2, check);
    }
    for (int value : values) {
      if (value < 0 || value > 9 || value == original[i]) continue;
      Digits changed = original;
      changed[i] = value;
      visit(changed, false);
    }
  }
  if (const auto expected = check_digit_from(sums); expected && *expected != check) {
    Digits changed = original;
    changed[11] = *expected;
    visit(changed, false);
  }
}

std::string text_of(const Digits& digits) {
  std::string text(kDigits, '0');
  for (int i = 0; i < kDigits; ++i) text[i] = static_cast<char>('0' + digits[i]);
  return text;
}
}  // namespace

std::vector<std::string> valid_neighbours(const int* digits) {
  Digits original;
  std::copy(digits, digits + kDigits, original.begin());
  std::vector<std::string> out;
  for_each_neighbour(original, [&](const Digits& candidate, bool) {
    const std::string text = text_of(candidate);
    if (std::find(out.begin(), out.end(), text) == out.end()) out.push_back(text);
  });
  return out;
}

std::vector<std::string> suggest(const int* digits, const CheckOptions& options) {
  Digits original;
  std::copy(digits, digits + kDigits, original.begin());
  // At most 11 transpositions and two values per changed position can be valid.
  std::array<Candidate, std::size_t{3} * kDigits> found;
  std::size_t count = 0;
  for_each_neighbour(original, [&](const Digits& candidate, bool transposition) {
    const int rank = (agrees_with_person(candidate, options) ? 0 : 4) +
                     (follows_layout(candidate, options) ? 0 : 2) + (transposition ? 0 : 1);
    if (count < found.size()) found[count++] = {candidate, rank};
  });

  std::vector<std::string> out;
  out.reserve(kMaxSuggestions);
  for (int rank = 0; rank < kRanks; ++rank) {
    for (std::size_t c = 0; c < count && out.size() < kMaxSuggestions; ++c) {
      if (found[c].rank != rank) continue;
      out.push_back(text_of(found[c].digits));
    }
  }
  return out;
}

}  // namespace iin::detail
