#!/usr/bin/env bash
# .clang-tidy enforces what the project asks of its C++: runs clang-tidy on breaks_every_rule.cpp
# (not built) and expects exactly the findings its "expect:" comments name, line by line, so a
# naming option or a ban that stops working fails here. With a build folder, also checks that
# every file that folder compiles is compiled with -fno-exceptions.
#   tests/lint/clang-tidy-rules.sh [build/native]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
fixture="$here/breaks_every_rule.cpp"

expected=$(grep -n 'expect: ' "$fixture" | sed -E 's/^([0-9]+):.*expect: ([a-z-]+).*/\1 \2/' | sort -u)
reported=$(clang-tidy --quiet "$fixture" -- -std=c++17 -fno-exceptions 2>/dev/null |
  sed -nE 's/^[^:]+:([0-9]+):[0-9]+: (warning|error): .*\[([a-z-]+)(,-warnings-as-errors)?\]$/\1 \3/p' | sort -u || true)
if [ "$expected" != "$reported" ]; then
  echo "clang-tidy's findings on $fixture differ from its expect: comments (line check):" >&2
  diff <(echo "$expected") <(echo "$reported") --label expected --label reported -u >&2 || true
  exit 1
fi
echo "clang-tidy reports all $(echo "$expected" | wc -l) expected findings, and nothing else"

if [ -n "${1:-}" ]; then
  commands="$1/compile_commands.json"
  total=$(grep -c '"command":' "$commands")
  without=$(grep '"command":' "$commands" | grep -vc -- ' -fno-exceptions' || true)
  if [ "$without" -ne 0 ]; then
    echo "$without of the $total files in $commands are compiled without -fno-exceptions" >&2
    exit 1
  fi
  echo "all $total files in $commands are compiled with -fno-exceptions"
fi
