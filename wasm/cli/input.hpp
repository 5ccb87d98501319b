#pragma once
// The one place where iin-check reads its input: a file (or standard input) a part at a time,
// decoded to UTF-8 as the page decodes it (iin/encoding.hpp), its records read by the same reader
// as checkMany() (iin/records.hpp: RFC 4180, a quoted line break is part of its record), each
// judged as checkMany() judges it, and the layout (separator, columns, header, birth-date and sex
// columns) found in its first records as checkMany() finds it. Memory stays bounded whatever the
// file's size: one part and the unfinished record.

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "iin/batch.hpp"
#include "iin/encoding.hpp"
#include "iin/error.hpp"
#include "iin/records.hpp"
#include "options.hpp"

namespace iin::cli {

struct InputLayout {
  TextLayout layout;                // separator, number column, header, birth-date and sex columns
  int columns = 1;                  // the most fields seen on one of the first records
  std::vector<std::string> header;  // the header record's fields, when there is one
  Encoding encoding = Encoding::utf8;
};

struct Row {
  Record record;           // valid until the next call of next()
  std::uint64_t line = 0;  // the line of the file where the record starts (1 for the first)
  std::uint8_t code = 0;   // as checkMany() gives it (batch.hpp)
};

class Input {
 public:
  // `fd` stays the caller's to close; `name` is used in messages. It is read `part_bytes` at a
  // time (the layout is looked for in the first four parts).
  Input(int fd, std::string name, std::size_t part_bytes = std::size_t{1} << 20);
  Input(const Input&) = delete;
  Input& operator=(const Input&) = delete;
  ~Input();

  // Reads the first part and finds the layout; the options may choose the columns.
  Result<InputLayout> start(const Options& options);
  // The next record, judged; false at the end of the input.
  Result<bool> next(Row& row);

  std::uint64_t bytes_read() const { return bytes_read_; }
  std::uint64_t size() const { return size_; }  // 0 when not known (a pipe)

 private:
  Result<std::size_t> read_bytes(char* into);  // at most part_bytes_; 0 at the end
  Result<bool> read_part();                    // into raw_; false at the end of the input
  Result<bool> read_into_reader();             // the next part, decoded, into the reader
  std::optional<Error> changed_while_read() const;
  Error failure(ErrorCode code, const std::string& message) const;

  int fd_;
  std::string name_;
  std::size_t part_bytes_;
  bool regular_file_ = false;
  std::uint64_t size_ = 0;
  std::uint64_t bytes_read_ = 0;
  bool at_end_ = false;
  std::string raw_;      // a part as read
  std::string decoded_;  // the same part in UTF-8
  std::unique_ptr<Utf8Decoder> decoder_;
  std::unique_ptr<RecordReader> reader_;
  std::unique_ptr<RecordJudge> judge_;
  std::array<FieldSpan, kMaxWantedFields> spans_{};
  std::uint64_t line_ = 1;       // where the next record starts
  bool header_pending_ = false;  // the next record is the header
};

}  // namespace iin::cli
