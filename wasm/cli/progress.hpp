#pragma once
// A progress line on standard error, when it is a terminal and the run has taken over a second:
// the file, the share read (when the size is known) and the records so far, redrawn in place a few
// times a second and erased at the end.

#include <chrono>
#include <cstdint>
#include <string>

namespace iin::cli {

class Progress {
 public:
  explicit Progress(bool enabled);
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  ~Progress() { clear(); }

  // `total` is 0 when the size is not known (standard input, a pipe).
  void update(const std::string& name, std::uint64_t done, std::uint64_t total, std::uint64_t records);
  void clear();

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  bool shown_ = false;
  Clock::time_point start_;
  Clock::time_point next_;
};

}  // namespace iin::cli
