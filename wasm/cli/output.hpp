#pragma once
// Standard output, written in large blocks. The first failed write (a full disk, a closed pipe)
// is kept and every later write skipped: the caller asks failed() and says why, once.

#include <string>
#include <string_view>

namespace iin::cli {

class Output {
 public:
  explicit Output(int fd) : fd_(fd) { buffer_.reserve(kBlock); }
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  void write(std::string_view text) {
    buffer_ += text;
    if (buffer_.size() >= kBlock) flush();
  }
  void flush();
  bool failed() const { return error_ != 0; }
  int error() const { return error_; }  // errno of the failed write

 private:
  static constexpr std::size_t kBlock = 1 << 18;
  int fd_;
  std::string buffer_;
  int error_ = 0;
};

}  // namespace iin::cli
