#pragma once
// Checking many numbers at once: a pasted list, a dropped .txt/.csv file (whole, or in parts of
// any size), or an array of strings. Records and fields are read as records.hpp describes.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "iin/error.hpp"
#include "iin/identifier.hpp"
#include "iin/records.hpp"

namespace iin {

enum class BatchMode : std::uint8_t {
  // A text: records as records.hpp reads them; a leading UTF-8 byte-order mark is skipped; one
  // field of each record is the number (TextLayout).
  text,
  // Items joined with '\n', each exactly as check() would take it; a blank item is `empty`, and
  // an empty text after the last '\n' is an item too (n items make n lines).
  items,
};

inline constexpr int kNoColumn = -1;

// Which field of a record holds the number, and which hold the person's birth date and sex.
struct TextLayout {
  char separator = 0;                 // ',', ';', '\t', or 0: the whole record is one field
  int column = 0;                     // zero-based index of the field that holds the number
  bool header = false;                // the first record names the columns: it is neither checked nor counted
  int birth_date_column = kNoColumn;  // compared with a valid IIN's encoded birth date
  int sex_column = kNoColumn;         // compared with a valid IIN's encoded sex
};

// What detect_layout() found in the first records of a text.
struct DetectedLayout {
  TextLayout layout;
  int columns = 1;  // the most fields seen on one of the first records
};

// From the first 100 records: the separator is the one of '\t', ';', ',' found in most records
// (at least half of the non-blank ones; ties go in that order); the column is the one that most
// often holds a 12-digit number (separators allowed). The first record is a header when none of
// its fields is such a number and, in a file of columns, its field in that column is a name (not
// empty, at most 4 digits: "c12" is a name, "90112330025" is not) while a later record's field is
// a number; in a bare list, only when it is a known name of the column ("IIN", «ИИН», «ЖСН»…).
// The birth-date and sex columns are those whose header names them (names_birth_date(),
// names_sex() in row_values.hpp), else the one whose values agree with most valid IINs' encoded
// birth dates (sexes). With `separator` given, only the rest is looked for. `complete`: the text
// is the whole input (else its last record may be cut short and is not looked at).
DetectedLayout detect_layout(std::string_view utf8_text, std::optional<char> separator = std::nullopt,
                             bool complete = true);

// Per-record outcome, one byte: the first error's Code, Code::ok when valid, kBlankLine (text
// mode: the number's field is empty, or the record has no such field), or one of the row
// outcomes below, numbered after the Codes (row_code()).
inline constexpr std::uint8_t kBlankLine = 255;
enum class RowOutcome : std::uint8_t {
  leading_zero_lost,    // 10 or 11 digits, valid with its leading zeros restored (Excel drops them)
  birth_date_mismatch,  // a valid IIN whose encoded birth date is not the row's
  sex_mismatch,         // a valid IIN whose encoded sex is not the row's
  not_comparable,  // a valid number that encodes no birth date (issued since 2013), in a row that gives one
};
inline constexpr int kRowOutcomeCount = 4;
constexpr std::uint8_t row_code(RowOutcome outcome) {
  return static_cast<std::uint8_t>(kCodeCount + static_cast<int>(outcome));
}
const char* name(RowOutcome outcome);
// Whether a per-record code means a valid number (Code::ok, or a valid one the row disagrees with).
constexpr bool is_valid_code(std::uint8_t code) {
  return code == 0 || code == row_code(RowOutcome::birth_date_mismatch) ||
         code == row_code(RowOutcome::sex_mismatch) || code == row_code(RowOutcome::not_comparable);
}

struct BatchSummary {
  std::uint32_t total = 0;    // records checked (blank ones excluded)
  std::uint32_t valid = 0;    // valid numbers, those the row disagrees with included
  std::uint32_t invalid = 0;  // leading_zero_lost included
  std::uint32_t blank = 0;
  std::uint32_t rows[kRowOutcomeCount] = {};  // per RowOutcome
};

// A record that is not one line: it holds a quoted line break, or was read plain or truncated.
// The records in between are one line each, so a reader can find every record's lines from these.
struct IrregularRecord {
  std::uint32_t index = 0;  // the record's index among the checked ones (the header excluded)
  std::uint32_t lines = 1;
  bool plain = false;
  bool truncated = false;
};

// One code per record, in memory that is asked for without throwing: when the memory runs out
// the batch reports too_large instead of aborting (the WebAssembly module stays usable).
class LineCodes {
 public:
  LineCodes() = default;
  LineCodes(const LineCodes&) = delete;
  LineCodes& operator=(const LineCodes&) = delete;
  ~LineCodes();

  const std::uint8_t* data() const { return data_; }
  std::size_t size() const { return size_; }
  std::uint8_t operator[](std::size_t i) const { return data_[i]; }
  std::vector<std::uint8_t> to_vector() const { return {data_, data_ + size_}; }

 private:
  friend class LineCodesWriter;
  std::uint8_t* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

// Checks a text in parts of any size, with bounded memory: the unfinished record and one part.
//
//   BatchReader batch(layout, options, codes);        // layout: detect_layout() of the first part
//   while (read a part) if (auto error = batch.feed(part)) fail(*error);
//   if (auto error = batch.finish()) fail(*error);
//   batch.summary(); codes;                            // one code per record
//
// or write each part straight into batch.space(n) and call batch.commit(n). The first record is
// the header when layout.header; a UTF-8 byte-order mark before it is skipped.
class BatchReader {
 public:
  BatchReader(const TextLayout& layout, const CheckOptions& options, LineCodes& codes,
              std::size_t max_record_bytes = kMaxRecordBytes);

  std::optional<Error> feed(std::string_view part);
  char* space(std::size_t bytes);  // nullptr: no memory for it
  std::optional<Error> commit(std::size_t bytes);
  std::optional<Error> finish();

  const BatchSummary& summary() const { return summary_; }
  const std::vector<IrregularRecord>& irregular() const { return irregular_; }
  const std::string& header() const { return header_; }  // the header record's text, once read
  std::uint32_t header_lines() const { return header_lines_; }
  std::uint64_t lines() const { return reader_.lines(); }

 private:
  std::optional<Error> read();
  TextLayout layout_;
  CheckOptions options_;
  LineCodes& codes_;
  RecordReader reader_;
  BatchSummary summary_;
  std::vector<IrregularRecord> irregular_;
  std::string header_;
  std::uint32_t header_lines_ = 0;
  std::uint64_t bytes_ = 0;
  bool header_pending_;
};

// Judges records one at a time, as check_lines() and BatchReader judge every record, for a caller
// that reads the records itself and keeps no code per record (iin-check, whose memory must not
// grow with the file):
//   RecordJudge judge(layout, options);
//   for (Record r; reader.next(r, judge.columns(), kMaxWantedFields, spans);)
//     use(judge.code(r, spans, reader.held_from(r)));
class RecordJudge {
 public:
  RecordJudge(const TextLayout& layout, const CheckOptions& options);
  const int* columns() const { return columns_; }  // the number's, birth date's and sex's
  std::uint8_t code(const Record& record, const FieldSpan* spans, std::size_t held) const;

 private:
  TextLayout layout_;
  CheckOptions options_;
  int columns_[kMaxWantedFields];
};

// A whole text (or items) at once, without copying it. `codes` gets one entry per record (a
// header excluded); `irregular`, when given, the records that are not one line. The error is
// too_large when the memory for the codes could not be had.
Result<BatchSummary> check_lines(std::string_view utf8_text, BatchMode mode, const TextLayout& layout,
                                 const CheckOptions& options, LineCodes& codes,
                                 std::vector<IrregularRecord>* irregular = nullptr);

// The field of a record (text mode) that `layout` points at, quotes undone.
std::string field_of(std::string_view record, const TextLayout& layout);

// The full result for one record (or item), exactly as check_lines judged the number.
IdResult check_line(std::string_view record, BatchMode mode, const TextLayout& layout,
                    const CheckOptions& options);

// One record judged in full: the per-record code check_lines gave it, the number's check, the
// restored number when its leading zeros were lost, and what the row says of the person.
struct RowResult {
  std::uint8_t code = 0;
  IdResult result;
  std::string restored;                 // leading_zero_lost: the twelve digits with the zeros put back
  std::optional<CivilDate> birth_date;  // the row's, when its cell reads as a date
  std::optional<Gender> sex;            // the row's, when its cell reads as a sex
};
RowResult check_row(const Record& record, const TextLayout& layout, const CheckOptions& options);

// The valid numbers one typing slip (a changed digit, or two neighbours swapped) away from a
// number whose check digit is wrong, and which of them agree with the row's birth date and sex.
struct Neighbours {
  int count = 0;              // how many valid numbers are one slip away
  int agreeing = 0;           // how many of them encode the row's birth date (and sex, if given)
  std::string only_agreeing;  // the one that agrees, when exactly one does
};
Neighbours neighbours(std::string_view number, const std::optional<CivilDate>& birth_date,
                      const std::optional<Gender>& sex);
// The neighbours of a row's number when its check digit is wrong (none for any other outcome),
// compared with the row's birth date and sex: what an export says beside a mistyped number.
Neighbours neighbours(const RowResult& row);

}  // namespace iin
