#pragma once
// Valid numbers one typing slip away from a number whose check digit is wrong.

#include <cstddef>
#include <string>
#include <vector>

#include "iin/identifier.hpp"

namespace iin::detail {

// `digits` holds the 12 digit values. Candidates come from one adjacent transposition or one
// changed digit. Order: those that agree with the given birth date and gender, then those that
// follow a conventional layout (the expected kind, if given), then transpositions before changed
// digits, left to right.
std::vector<std::string> suggest(const int* digits, const CheckOptions& options);

// Every valid number one adjacent transposition or one changed digit away, each once.
std::vector<std::string> valid_neighbours(const int* digits);

}  // namespace iin::detail
