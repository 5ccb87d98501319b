#pragma once
// The ruleset format, checked: the first problem in a file, if any (its indexes must be built).

#include <optional>

#include "checklist/validator.hpp"

namespace iin::detail {

std::optional<Error> validate_ruleset(const Ruleset& rules);

}  // namespace iin::detail
