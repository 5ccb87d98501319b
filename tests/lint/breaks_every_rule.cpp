// Not built: tests/lint/clang-tidy-rules.sh runs clang-tidy on this file with the project's
// .clang-tidy and expects exactly the findings marked "expect:" (the check's name) on their lines.
#include <memory>

namespace Bad_Space {  // expect: readability-identifier-naming

struct lower_struct {  // expect: readability-identifier-naming
  int BadMember;       // expect: readability-identifier-naming
};

class Holder {
 public:
  int get() const { return count; }

 private:
  int count = 0;  // expect: readability-identifier-naming
};

enum class Colour { Red };  // expect: readability-identifier-naming

constexpr int notK = 3;  // expect: readability-identifier-naming

int BadFunction(int BadParam) {      // expect: readability-identifier-naming
  const int BadVariable = BadParam;  // expect: readability-identifier-naming
  return BadVariable + notK;
}

int* raw_new() {
  int* p = new int(1);  // expect: cppcoreguidelines-owning-memory
  return p;
}

std::unique_ptr<int> wrapped_new() {
  return std::unique_ptr<int>(new int(2));  // expect: modernize-make-unique
}

void throws() {
  throw 1;  // expect: clang-diagnostic-error
}

}  // namespace Bad_Space
