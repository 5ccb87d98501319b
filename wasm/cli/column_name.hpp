#pragma once
// Finding a column by its name in the header line, as checkMany()'s `column` option does: spaces
// around either name do not count, nor does case (Latin and Cyrillic letters, Kazakh's too).

#include <optional>
#include <string>
#include <vector>

namespace iin::cli {

std::optional<int> find_column(const std::vector<std::string>& names, const std::string& wanted);

}  // namespace iin::cli
