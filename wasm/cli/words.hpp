#pragma once
// The page's words for what iin-check writes (result columns, outcomes, the summary): the same
// web/i18n/{en,ru,kk}.json the page uses, compiled in when the command is built (words.cmake).

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "options.hpp"

namespace iin::cli {

struct Word {
  const char* key;
  const char* text[3];  // en, ru, kk
};
extern const Word kWords[];
extern const int kWordCount;

// The text of `key` in `lang`, each "{name}" replaced by its value. An unknown key is a bug: it
// reads as the key itself, which the tests would see.
std::string word(Lang lang, std::string_view key,
                 const std::vector<std::pair<std::string, std::string>>& values = {});

}  // namespace iin::cli
