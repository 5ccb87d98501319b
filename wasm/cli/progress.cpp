#include "progress.hpp"

#include <unistd.h>

#include <string_view>

namespace iin::cli {

namespace {
void to_terminal(std::string_view text) {
  // A progress line that cannot be written is not worth stopping for.
  if (::write(STDERR_FILENO, text.data(), text.size()) < 0) return;
}
}  // namespace

Progress::Progress(bool enabled)
    : enabled_(enabled), start_(Clock::now()), next_(start_ + std::chrono::seconds(1)) {}

void Progress::update(const std::string& name, std::uint64_t done, std::uint64_t total,
                      std::uint64_t records) {
  if (!enabled_) return;
  const Clock::time_point now = Clock::now();
  if (now < next_) return;
  next_ = now + std::chrono::milliseconds(250);
  std::string line = "\riin-check: " + name + ": ";
  if (total > 0) line += std::to_string(done * 100 / total) + "%, ";
  line += std::to_string(records) + (records == 1 ? " record, " : " records, ") +
          std::to_string(std::chrono::duration_cast<std::chrono::seconds>(now - start_).count()) + " s\x1b[K";
  to_terminal(line);
  shown_ = true;
}

void Progress::clear() {
  if (shown_) to_terminal("\r\x1b[K");
  shown_ = false;
}

}  // namespace iin::cli
