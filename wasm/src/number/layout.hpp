#pragma once
// The conventional layouts of the 12 digits: an IIN's birth date, century and gender, and a
// BIN's registration month, entity type and division. Since 2013 the rules for forming the number
// no longer bind a new IIN's digits to the holder's data: a layout that does not fit is a warning.

#include <cstdint>

#include "iin/identifier.hpp"

namespace iin::detail {

// The layout rules a reading broke, one bit per Code.
class Problems {
 public:
  void add(Code code) { bits_ |= 1u << static_cast<unsigned>(code); }
  bool has(Code code) const { return bits_ & (1u << static_cast<unsigned>(code)); }
  bool empty() const { return bits_ == 0; }

 private:
  std::uint32_t bits_ = 0;
};

// `digits` holds 12 values 0..9. Each reading either decodes or says which rules it broke.
struct IinReading {
  std::optional<IinData> data;
  Problems problems;  // invalid_century_code, invalid_birth_date
};
struct BinReading {
  std::optional<BinData> data;
  Problems problems;  // invalid_registration_month, invalid_entity_type, invalid_division
};

IinReading read_iin(const int* digits);
BinReading read_bin(const int* digits);
Problems iin_problems(const int* digits);
Problems bin_problems(const int* digits);

// Which layout a number that fits neither was most likely meant to follow: digit 5 is the tens
// of the day (0-3) in an IIN and the entity type (4-6) in a BIN.
Kind intended_kind(const int* digits);

}  // namespace iin::detail
