#pragma once
// Phrases the checklist engine fills in; a ruleset must define each one in every language.

namespace iin::detail {

inline constexpr const char* kRequiredPhrases[] = {
    "age_under_met",        "age_under_not_met",     "age_under_unknown", "age_at_least_met",
    "age_at_least_not_met", "age_at_least_unknown",  "in_person_only",    "representative_allowed",
    "online_only_yourself", "holidays_may_add_days", "no_fixed_term",     "ground_not_eligible",
};

}  // namespace iin::detail
