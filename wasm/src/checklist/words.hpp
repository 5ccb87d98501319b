#pragma once
// The engine's words in the applicant's language: the data's texts, its phrases with their
// placeholders filled, and dates written as the data's dateFormat says.

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "iin/checklist.hpp"
#include "iin/ruleset.hpp"

namespace iin::detail {

using Values = std::initializer_list<std::pair<std::string_view, std::string_view>>;

// `text` with each {name} in `values` replaced; anything else is kept as it is.
std::string fill(std::string_view text, Values values);

class Words {
 public:
  Words(const Ruleset& rules, Language language) : rules(rules), language(language) {}

  // A text of the data ({en, ru, kk}) in the language; "" for none.
  const std::string& operator()(const JsonValue* text) const;
  const std::string& operator()(const JsonValue& rule, const char* key) const {
    return (*this)(rule.find(key));
  }
  const std::string& operator()(const JsonValue* rule, const char* key) const {
    return (*this)(rule ? rule->find(key) : nullptr);
  }
  std::string phrase(Phrase id, Values values = {}) const { return fill((*this)(&rules.phrase(id)), values); }
  std::string date(const CivilDate& day) const;       // "31 December 2025"
  std::string day_month(const CivilDate& day) const;  // "16 December"
  std::string status(const Status& status) const;
  std::string period(const std::optional<CivilDate>& from, const std::optional<CivilDate>& to) const;

  const Ruleset& rules;
  const Language language;
};

}  // namespace iin::detail
