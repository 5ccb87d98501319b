// iin-check: the Kazakhstani IINs and BINs of CSV, TSV and text files checked by the C++ core of
// IIN Checker, as the page's "Check many" checks them (see iin-check.1 and README.md beside this
// file).

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "iin/batch.hpp"
#include "input.hpp"
#include "options.hpp"
#include "output.hpp"
#include "progress.hpp"
#include "report.hpp"

namespace {
using iin::cli::Counts;
using iin::cli::Only;

constexpr int kAllValid = 0;
constexpr int kSomeInvalid = 1;
constexpr int kTrouble = 2;

int trouble(const std::string& message) {
  std::fprintf(stderr, "iin-check: %s\n", message.c_str());
  return kTrouble;
}

// Whether the page's filter `only` shows a record with this code.
bool kept(Only only, std::uint8_t code) {
  const bool mismatch = code == iin::row_code(iin::RowOutcome::birth_date_mismatch) ||
                        code == iin::row_code(iin::RowOutcome::sex_mismatch);
  const bool blank = code == iin::kBlankLine;
  const bool valid = iin::is_valid_code(code) && !mismatch;
  switch (only) {
    case Only::valid:
      return valid;
    case Only::invalid:
      return !valid && !mismatch && !blank;
    case Only::mismatch:
      return mismatch;
    case Only::blank:
      return blank;
    case Only::all:
      break;
  }
  return true;
}

// Checks one input into the report; an error names what is wrong with the input.
iin::Result<Counts> check_input(int fd, const std::string& name, const iin::cli::Options& options,
                                iin::cli::Report& report, iin::cli::Progress& progress) {
  iin::cli::Input input(fd, name);
  const iin::Result<iin::cli::InputLayout> layout = input.start(options);
  if (!layout) return layout.error();
  report.begin(name, *layout);
  Counts counts;
  iin::cli::Row row;
  for (std::uint64_t records = 0;; ++records) {
    const iin::Result<bool> more = input.next(row);
    if (!more) return more.error();
    if (!*more) break;
    ++counts.by_code[row.code];
    if (row.code == iin::kBlankLine) {
      ++counts.blank;
    } else {
      ++counts.total;
      ++(iin::is_valid_code(row.code) ? counts.valid : counts.invalid);
    }
    if (report.wants_rows() && kept(options.only, row.code)) report.row(row);
    if (records % 4096 == 0) progress.update(name, input.bytes_read(), input.size(), records + 1);
  }
  report.end(counts);
  return counts;
}
}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> arguments(argv + 1, argv + argc);
  const iin::Result<iin::cli::Options> options = iin::cli::parse_options(arguments);
  if (!options) return trouble(options.error().message + " (see iin-check --help)");
  if (options->help || options->version) {
    std::fputs(options->help ? iin::cli::usage_text() : "iin-check (IIN Checker) " IIN_VERSION "\n", stdout);
    return std::fflush(stdout) == 0
               ? kAllValid
               : trouble(std::string("cannot write the output: ") + std::strerror(errno));
  }

  iin::cli::Output out(STDOUT_FILENO);
  // A progress line only where it cannot run into the results: a terminal that is not also
  // receiving them line by line (a summary comes at the end, after the progress line is erased).
  iin::cli::Progress progress(::isatty(STDERR_FILENO) == 1 &&
                              (::isatty(STDOUT_FILENO) != 1 || options->format == iin::cli::Format::summary));
  const std::unique_ptr<iin::cli::Report> report = iin::cli::make_report(*options, out);
  bool any_invalid = false;
  for (const std::string& file : options->files) {
    const bool standard_input = file == "-";
    const int fd = standard_input ? STDIN_FILENO : ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return trouble(file + ": cannot open it: " + std::strerror(errno));
    const iin::Result<Counts> counts =
        check_input(fd, standard_input ? "standard input" : file, *options, *report, progress);
    if (!standard_input) ::close(fd);
    if (!counts) {
      progress.clear();
      out.flush();
      return trouble(counts.error().describe());
    }
    any_invalid = any_invalid || counts->invalid > 0;
    if (out.failed()) break;
  }
  progress.clear();
  out.flush();
  if (out.failed()) return trouble(std::string("cannot write the output: ") + std::strerror(out.error()));
  return any_invalid ? kSomeInvalid : kAllValid;
}
