# Writes OUTPUT, a C++ source holding the ruleset JSON at INPUT, for builtin_ruleset_json().
# A JSON string cannot hold a raw line break, so every line break and the indentation after it
# are layout: they are dropped to keep the module small.
file(READ "${INPUT}" json)
string(REGEX REPLACE "\n *" "" json "${json}")
string(HEX "${json}" bytes)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${bytes}")
file(WRITE "${OUTPUT}" "// Generated from wasm/rules/ruleset.json by embed_ruleset.cmake. Do not edit.\n"
  "#include \"iin/ruleset.hpp\"\n\n"
  "namespace iin {\nnamespace {\nconstexpr char kRuleset[] = {${bytes}};\n}  // namespace\n\n"
  "std::string_view builtin_ruleset_json() { return {kRuleset, sizeof kRuleset}; }\n\n}  // namespace iin\n")
