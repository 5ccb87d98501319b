#pragma once
// The check-digit rule of Decree No. 406 (2007), shared by IINs and BINs.

#include <array>
#include <optional>

namespace iin::detail {

inline constexpr std::array<int, 11> kFirstWeights = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
inline constexpr std::array<int, 11> kSecondWeights = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

// Unreduced weighted sums of the first 11 digits (values 0..9) under both weight sets.
struct WeightedSums {
  int first = 0;
  int second = 0;
};

inline WeightedSums weighted_sums(const int* digits) {
  WeightedSums sums;
  for (int i = 0; i < 11; ++i) {
    sums.first += digits[i] * kFirstWeights[i];
    sums.second += digits[i] * kSecondWeights[i];
  }
  return sums;
}

// nullopt when both passes give 10: no check digit exists and the number is never issued.
inline std::optional<int> check_digit_from(const WeightedSums& sums) {
  const int first = sums.first % 11;
  if (first != 10) return first;
  const int second = sums.second % 11;
  if (second != 10) return second;
  return std::nullopt;
}

}  // namespace iin::detail
