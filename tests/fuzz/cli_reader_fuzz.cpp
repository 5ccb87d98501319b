// libFuzzer target: any bytes as a file given to iin-check, through its input (input.hpp: the
// encoding, the records, the layout, each record judged) and each of its reports. The records must
// come in order, numbered as the file numbers its lines, and each must be judged as check_row()
// judges it alone; the reports must take every record without a crash. Traps on any disagreement.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "iin/batch.hpp"
#include "input.hpp"
#include "options.hpp"
#include "output.hpp"
#include "report.hpp"

namespace {
void require(bool condition) {
  if (!condition) __builtin_trap();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  const std::uint8_t flags = data[0];
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  const int fd = memfd_create("input", MFD_CLOEXEC);
  require(fd >= 0);
  require(write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()));
  require(lseek(fd, 0, SEEK_SET) == 0);

  iin::cli::Options options;
  options.format = static_cast<iin::cli::Format>(flags % 3);
  options.check.strict = (flags & 4) != 0;
  if (flags & 8) options.column.index = (flags >> 4) & 3;
  if (flags & 64) options.column.name = "iin";
  if (flags & 128) options.birth_date_column.none = true;
  iin::cli::Output out(-1);  // every write fails at once: the reports run, their output goes nowhere
  const auto report = iin::cli::make_report(options, out);

  // Parts of 1 to 64 bytes: records, quotes and characters cut between parts.
  iin::cli::Input input(fd, "fuzz", 1 + (flags * 7) % 64);
  const iin::Result<iin::cli::InputLayout> layout = input.start(options);
  if (layout) {
    report->begin("fuzz", *layout);
    std::uint64_t last_line = 0;
    iin::cli::Row row;
    for (;;) {
      const iin::Result<bool> more = input.next(row);
      if (!more || !*more) break;
      require(row.line > last_line);
      last_line = row.line;
      require(!row.record.plain && !row.record.truncated);  // those are refused
      require(iin::check_row(row.record, layout->layout, options.check).code == row.code);
      report->row(row);
    }
    report->end({});
  }
  close(fd);
  return 0;
}
