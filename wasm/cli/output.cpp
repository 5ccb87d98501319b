#include "output.hpp"

#include <unistd.h>

#include <cerrno>

namespace iin::cli {

void Output::flush() {
  std::size_t written = 0;
  while (error_ == 0 && written < buffer_.size()) {
    const ssize_t n = ::write(fd_, buffer_.data() + written, buffer_.size() - written);
    if (n > 0) {
      written += static_cast<std::size_t>(n);
    } else if (n < 0 && errno != EINTR) {
      error_ = errno;
    }
  }
  buffer_.clear();
}

}  // namespace iin::cli
