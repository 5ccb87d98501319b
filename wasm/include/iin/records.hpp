#pragma once
// The records and fields of a CSV or TSV file or a pasted list (RFC 4180, relaxed as real exports
// need), read from a whole text or in parts of any size: a record may span parts, and the reader
// keeps only the unfinished record between them, so memory stays bounded whatever the file's size.
//
// The rules, the same for every caller (the page, checkMany, a command-line tool):
// - A record ends at "\r\n", "\r" or "\n" outside quotes; a final line end starts no record. An
//   empty line is an empty record.
// - Fields are separated by `separator` (',', ';', '\t'), or 0: the record is one field.
// - A field whose first character other than spaces is '"' is quoted: separators and line breaks
//   inside it are data, "" stands for '"', and what follows the closing quote up to the separator
//   is kept as it is. A '"' anywhere else is a plain character.
// - A quote still open after `max_record_bytes` of its record, or at the end of the input, was never
//   meant as one: that record is read again with every quote as a plain character, and ends at its
//   first line end (`plain`). One stray quote never swallows the rest of a file.
// - A record longer than `max_record_bytes` keeps its first `max_record_bytes` (`truncated`); the
//   rest, up to the next line end, is skipped (quotes there are not looked at).
// A UTF-8 byte-order mark is not part of a record when the caller skips it (skip_byte_order_mark()).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace iin {

inline constexpr std::size_t kMaxRecordBytes = std::size_t{1} << 20;

struct Record {
  std::string_view text;    // without its line end; valid until the reader is next called
  std::uint32_t lines = 1;  // the physical lines it spans: a line break inside quotes adds one
  bool plain = false;       // a quote that never closed: every quote in it is a plain character
  bool truncated = false;   // longer than max_record_bytes: `text` is its beginning
};

// Where the fields of a record are, for up to kMaxWantedFields chosen columns (the scan stops at
// the record's end and never builds strings: checkMany's hot loop runs it on every record).
inline constexpr int kMaxWantedFields = 3;
struct FieldSpan {
  std::size_t begin = 0, end = 0;  // the field's bytes, inside its quotes when quoted
  bool present = false;            // the record has this column
  bool quoted = false;
  bool escaped = false;  // a "" inside, or bytes after the closing quote: read it with field_value()
};

// The next record of `data[from, size)`. `at_end`: no bytes follow `size` (else a record that
// reaches `size` unfinished is `need_more`). `spans[i]` gets field `columns[i]` (offsets into
// the record's text); a column < 0 is not wanted.
struct RecordScan {
  enum Status : std::uint8_t { complete, need_more } status = complete;
  Record record;
  std::size_t next = 0;  // where the next record starts
  bool skip_newline =
      false;  // the record ended at a '\r' at `size`: a '\n' first in the next part belongs to it
  bool skip_rest = false;  // truncated, and its line end is not in this part: skip up to it
};
RecordScan scan_record(const char* data, std::size_t from, std::size_t size, bool at_end, char separator,
                       std::size_t max_record_bytes, const int* columns = nullptr, int column_count = 0,
                       FieldSpan* spans = nullptr);

// A record's field `column`, quotes undone (plain records keep their quotes); `present` tells
// whether the record has that field.
std::string field_value(const Record& record, char separator, int column, bool* present = nullptr);
std::string field_value(std::string_view record_text, const FieldSpan& span);
// Every field of a record, quotes undone.
std::vector<std::string> split_fields(const Record& record, char separator);

// Reads records from parts of the input:
//
//   RecordReader reader(',');
//   while (read some bytes into part) {
//     if (!reader.feed(part)) fail();          // no memory for the unfinished record
//     for (Record r; reader.next(r);) use(r);  // every record the part completed
//   }
//   reader.finish();
//   for (Record r; reader.next(r);) use(r);    // the last record, if the input did not end with a line end
//
// or, to avoid one copy, write each part straight into the reader: char* at = reader.space(n), fill
// it, reader.commit(n). The reader keeps the unfinished record (at most max_record_bytes) and the
// part it is reading; a record's text is valid until the next feed()/commit()/finish().
class RecordReader {
 public:
  explicit RecordReader(char separator, std::size_t max_record_bytes = kMaxRecordBytes);
  RecordReader(const RecordReader&) = delete;
  RecordReader& operator=(const RecordReader&) = delete;
  ~RecordReader();

  bool feed(std::string_view part);  // false: the memory for it could not be had
  char* space(std::size_t bytes);    // nullptr: the memory could not be had
  void commit(std::size_t bytes);
  void finish();
  // Drops a UTF-8 byte-order mark at the very start of the input (once at least 3 bytes are held).
  void skip_byte_order_mark();

  // The next complete record; false when the bytes given so far hold no more.
  bool next(Record& record);
  // Like next(), and also the spans of `columns` (see scan_record()).
  bool next(Record& record, const int* columns, int column_count, FieldSpan* spans);

  // The bytes held from the record's first byte on (at least its text): for scans that read 16
  // bytes at a time.
  std::size_t held_from(const Record& record) const {
    return static_cast<std::size_t>(buffer_ + size_ - record.text.data());
  }
  std::uint64_t records() const { return records_; }  // records returned so far
  std::uint64_t lines() const { return lines_; }      // physical lines they span

 private:
  char* buffer_ = nullptr;  // malloc'd: a failed allocation is an answer, not an abort
  std::size_t capacity_ = 0;
  std::size_t start_ = 0;  // the next record's first byte
  std::size_t size_ = 0;   // bytes in the buffer
  char separator_;
  std::size_t max_record_bytes_;
  bool at_end_ = false;
  bool skip_newline_ = false;  // drop a '\n' that starts the next bytes
  bool skip_rest_ = false;     // drop bytes up to the next line end
  bool bom_looked_for_ = false;
  std::uint64_t records_ = 0;
  std::uint64_t lines_ = 0;
};

}  // namespace iin
