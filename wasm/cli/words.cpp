#include "words.hpp"

namespace iin::cli {

std::string word(Lang lang, std::string_view key,
                 const std::vector<std::pair<std::string, std::string>>& values) {
  std::string text(key);
  for (int i = 0; i < kWordCount; ++i) {
    if (key == kWords[i].key) {
      text = kWords[i].text[static_cast<int>(lang)];
      break;
    }
  }
  for (const auto& [name, value] : values) {
    const std::string placeholder = "{" + name + "}";
    for (std::size_t at = text.find(placeholder); at != std::string::npos;
         at = text.find(placeholder, at + value.size())) {
      text.replace(at, placeholder.size(), value);
    }
  }
  return text;
}

}  // namespace iin::cli
