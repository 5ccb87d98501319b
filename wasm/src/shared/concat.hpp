#pragma once
// Joins pieces of text in one allocation. Messages are built in many places; one out-of-line
// function keeps each of them a short call rather than a chain of inlined string additions.

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace iin::detail {

std::string concat(std::initializer_list<std::string_view> pieces);

// A whole number in decimal: one small function in place of std::to_string's several overloads.
std::string decimal(std::int64_t number);

}  // namespace iin::detail
