# Writes OUTPUT, a C++ source holding the ruleset JSON at INPUT, for builtin_ruleset_json().
file(READ "${INPUT}" bytes HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${bytes}")
file(WRITE "${OUTPUT}" "// Generated from wasm/rules/ruleset.json by embed_ruleset.cmake. Do not edit.\n"
  "#include \"iin/ruleset.hpp\"\n\n"
  "namespace iin {\nnamespace {\nconstexpr char kRuleset[] = {${bytes}};\n}  // namespace\n\n"
  "std::string_view builtin_ruleset_json() { return {kRuleset, sizeof kRuleset}; }\n\n}  // namespace iin\n")
