#include "input.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "column_name.hpp"

namespace iin::cli {

namespace {
constexpr std::size_t kFirstParts = 4;  // 4 MiB: enough for detect_layout's 100 records

std::string quoted_list(const std::vector<std::string>& names) {
  std::string list;
  for (const std::string& name : names) list += (list.empty() ? "\"" : ", \"") + name + "\"";
  return list;
}
}  // namespace

Input::Input(int fd, std::string name, std::size_t part_bytes)
    : fd_(fd), name_(std::move(name)), part_bytes_(part_bytes) {
  struct stat status {};
  if (::fstat(fd_, &status) == 0 && S_ISREG(status.st_mode)) {
    regular_file_ = true;
    size_ = static_cast<std::uint64_t>(status.st_size);
  }
}

Input::~Input() = default;

Error Input::failure(ErrorCode code, const std::string& message) const { return {code, name_, message}; }

Result<std::size_t> Input::read_bytes(char* into) {
  ssize_t n = 0;
  do {
    n = ::read(fd_, into, part_bytes_);
  } while (n < 0 && errno == EINTR);
  if (n < 0) return failure(ErrorCode::invalid_value, std::string("cannot read it: ") + std::strerror(errno));
  bytes_read_ += static_cast<std::uint64_t>(n);
  at_end_ = n == 0;
  // Looked at every part, so that a removed or shortened file is said at once, not after the rest.
  if (std::optional<Error> changed = changed_while_read()) return *changed;
  return static_cast<std::size_t>(n);
}

// UTF-8 goes straight into the reader's buffer; other encodings through the decoder.
Result<bool> Input::read_into_reader() {
  if (decoder_->passes_through()) {
    char* space = reader_->space(part_bytes_);
    if (!space) return failure(ErrorCode::too_large, "not enough memory to read it");
    const Result<std::size_t> n = read_bytes(space);
    if (!n) return n.error();
    reader_->commit(*n);
  } else {
    raw_.resize(part_bytes_);
    const Result<std::size_t> n = read_bytes(raw_.data());
    if (!n) return n.error();
    raw_.resize(*n);
    decoder_->decode(raw_, decoded_);
    if (at_end_) decoder_->finish(decoded_);
    if (!decoded_.empty() && !reader_->feed(decoded_)) {
      return failure(ErrorCode::too_large, "not enough memory to read it");
    }
    decoded_.clear();
  }
  if (at_end_) reader_->finish();
  return true;
}

Result<bool> Input::read_part() {
  raw_.resize(part_bytes_);
  const Result<std::size_t> n = read_bytes(raw_.data());
  if (!n) return n.error();
  raw_.resize(*n);
  return *n > 0;
}

// A file that got shorter, or was removed, while it was read: what was read is not the file.
std::optional<Error> Input::changed_while_read() const {
  struct stat status {};
  if (regular_file_ && ::fstat(fd_, &status) == 0 &&
      (status.st_nlink == 0 || static_cast<std::uint64_t>(status.st_size) < size_ ||
       (at_end_ && bytes_read_ < size_))) {
    return failure(ErrorCode::invalid_value,
                   "it was changed or removed while it was read (" + std::to_string(bytes_read_) +
                       " of its " + std::to_string(size_) + " bytes read); check it again when it stays put");
  }
  return std::nullopt;
}

Result<InputLayout> Input::start(const Options& options) {
  // The first part, for the encoding and the layout.
  std::string head;
  while (head.size() < kFirstParts * part_bytes_) {
    const Result<bool> more = read_part();
    if (!more) return more.error();
    if (!*more) break;
    head += raw_;
  }
  const Sniffed sniffed = sniff(head, at_end_);
  switch (sniffed.kind) {
    case FileKind::xlsx:
      return failure(ErrorCode::invalid_value,
                     "it is an Excel workbook (or another zip file): save the sheet as CSV");
    case FileKind::ole:
      return failure(
          ErrorCode::invalid_value,
          "it is an old Excel workbook (.xls) or one protected by a password: save the sheet as CSV");
    case FileKind::binary:
      return failure(ErrorCode::invalid_value, "it is neither text nor CSV (save the list as CSV or text)");
    case FileKind::text:
      break;
  }
  decoder_ = std::make_unique<Utf8Decoder>(sniffed.encoding);
  decoder_->decode(head, decoded_);
  if (at_end_) decoder_->finish(decoded_);

  const DetectedLayout found = detect_layout(decoded_, std::nullopt, at_end_);
  InputLayout input{found.layout, found.columns, {}, sniffed.encoding};
  // The first record's fields: the names a column can be chosen by, and the header's.
  const std::size_t start = decoded_.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  const RecordScan first =
      scan_record(decoded_.data(), start, decoded_.size(), at_end_, input.layout.separator, kMaxRecordBytes);
  const bool has_first = start < decoded_.size();
  std::vector<std::string> names =
      has_first ? split_fields(first.record, input.layout.separator) : std::vector<std::string>{};
  if (input.layout.header) input.header = names;
  if (names.size() > static_cast<std::size_t>(input.columns))
    names.resize(static_cast<std::size_t>(input.columns));
  bool named = false;
  const auto choose = [&](const ColumnChoice& choice, const char* option,
                          int& column) -> std::optional<Error> {
    if (choice.none) {
      column = kNoColumn;
    } else if (choice.index) {
      column = *choice.index;
    } else if (!choice.name.empty()) {
      const std::optional<int> index = find_column(names, choice.name);
      if (!index) {
        return failure(ErrorCode::unknown_id, std::string(option) + " names no column: \"" + choice.name +
                                                  "\"; the first line holds " + quoted_list(names));
      }
      column = *index;
      named = true;
    }
    return std::nullopt;
  };
  if (auto error = choose(options.column, "--column", input.layout.column)) return *error;
  if (auto error = choose(options.birth_date_column, "--birth-date-column", input.layout.birth_date_column))
    return *error;
  if (auto error = choose(options.sex_column, "--sex-column", input.layout.sex_column)) return *error;
  if (named && !input.layout.header) {
    input.layout.header = true;
    input.header = split_fields(first.record, input.layout.separator);
  }
  header_pending_ = input.layout.header && has_first;
  judge_ = std::make_unique<RecordJudge>(input.layout, options.check);

  reader_ = std::make_unique<RecordReader>(input.layout.separator);
  if (!decoded_.empty() && !reader_->feed(decoded_))
    return failure(ErrorCode::too_large, "not enough memory to read it");
  if (at_end_) reader_->finish();
  reader_->skip_byte_order_mark();
  decoded_.clear();
  return input;
}

Result<bool> Input::next(Row& row) {
  for (;;) {
    if (reader_->next(row.record, judge_->columns(), kMaxWantedFields, spans_.data())) {
      const Record& record = row.record;
      row.line = line_;
      line_ += record.lines;
      if (record.plain) {
        return failure(ErrorCode::invalid_value, "line " + std::to_string(row.line) +
                                                     ": a quote opened in this record is never closed");
      }
      if (record.truncated) {
        return failure(ErrorCode::too_large, "line " + std::to_string(row.line) + " is longer than " +
                                                 std::to_string(kMaxRecordBytes) +
                                                 " bytes: it is not a list of numbers");
      }
      if (header_pending_) {
        header_pending_ = false;
        continue;
      }
      row.code = judge_->code(record, spans_.data(), reader_->held_from(record));
      return true;
    }
    if (at_end_) return false;
    if (Result<bool> read = read_into_reader(); !read) return read.error();
  }
}

}  // namespace iin::cli
