#include "iin/batch.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <string>

#include "iin/row_values.hpp"
#include "number/check_digit.hpp"
#include "number/fields.hpp"
#include "number/layout.hpp"
#include "number/suggest.hpp"

namespace iin {

const char* name(RowOutcome outcome) {
  static constexpr std::array<const char*, kRowOutcomeCount> kNames = {
      "leading_zero_lost", "birth_date_mismatch", "sex_mismatch", "not_comparable"};
  return kNames[static_cast<int>(outcome)];
}

// malloc and realloc rather than new: under -fno-exceptions a failed `new` aborts the module,
// while a null from realloc is an answer the caller can give (too_large).
// NOLINTNEXTLINE(cppcoreguidelines-no-malloc,hicpp-no-malloc,cppcoreguidelines-owning-memory)
LineCodes::~LineCodes() { std::free(data_); }

// Appends codes, growing the buffer with realloc: a failed allocation is an answer, not an abort.
class LineCodesWriter {
 public:
  explicit LineCodesWriter(LineCodes& codes) : codes_(codes) {}

  bool reserve(std::size_t capacity) {
    if (capacity <= codes_.capacity_) return true;
    // NOLINTNEXTLINE(cppcoreguidelines-no-malloc,hicpp-no-malloc,cppcoreguidelines-owning-memory)
    auto* grown = static_cast<std::uint8_t*>(std::realloc(codes_.data_, capacity));
    if (!grown) return false;
    codes_.data_ = grown;
    codes_.capacity_ = capacity;
    return true;
  }
  // The raw pointer keeps the hot loop free of aliasing reloads; it changes only when the buffer grows.
  bool push(std::uint8_t code) {
    if (codes_.size_ == codes_.capacity_ && !reserve(2 * codes_.capacity_ + 64)) return false;
    codes_.data_[codes_.size_++] = code;
    return true;
  }
  void clear() { codes_.size_ = 0; }
  std::size_t size() const { return codes_.size_; }

 private:
  LineCodes& codes_;
};

namespace {
constexpr auto kOk = static_cast<std::uint8_t>(Code::ok);

std::uint8_t outcome(const IdResult& result, BatchMode mode) {
  if (result.errors.empty()) return kOk;
  const Code first = result.errors.front().code;
  if (first == Code::empty && mode == BatchMode::text) return kBlankLine;
  return static_cast<std::uint8_t>(first);
}

// Whether line[0..11] are all ASCII digits and, if so, their first-pass weighted sum.
// `readable` is how many bytes from `line` on may be read.
bool first_pass_sum(const char* line, std::size_t readable, int& sum) {
#if defined(__wasm_simd128__)
  if (readable >= 16) {  // one 16-byte load instead of twelve byte loads: checkMany's hot path
    const v128_t values = wasm_i8x16_sub(wasm_v128_load(line), wasm_i8x16_splat('0'));
    if (wasm_i8x16_bitmask(wasm_u8x16_gt(values, wasm_i8x16_splat(9))) & 0xFFF) return false;
    const v128_t products = wasm_i32x4_add(
        wasm_i32x4_dot_i16x8(wasm_u16x8_extend_low_u8x16(values), wasm_i16x8_make(1, 2, 3, 4, 5, 6, 7, 8)),
        wasm_i32x4_dot_i16x8(wasm_u16x8_extend_high_u8x16(values),
                             wasm_i16x8_make(9, 10, 11, 0, 0, 0, 0, 0)));
    sum = wasm_i32x4_extract_lane(products, 0) + wasm_i32x4_extract_lane(products, 1) +
          wasm_i32x4_extract_lane(products, 2) + wasm_i32x4_extract_lane(products, 3);
    return true;
  }
#endif
  (void)readable;
  unsigned not_digit = 0;
  sum = 0;
  for (int i = 0; i < kDigits; ++i) {
    const int value = line[i] - '0';
    not_digit |= static_cast<unsigned>(value) > 9;
    if (i < 11) sum += value * detail::kFirstWeights[i];
  }
  return !not_digit;
}

// Kept out of line: inlined, the compiler hoists its digit reads into the hot loop.
[[gnu::noinline]] std::optional<int> check_digit_of_line(const char* line) {
  int digits[kDigits];
  for (int i = 0; i < kDigits; ++i) digits[i] = line[i] - '0';
  return detail::check_digit_from(detail::weighted_sums(digits));
}

// Twelve bare digits, judged without building a full result. Returns false when check() must
// decide: other shapes, or a right check digit under strict or expect.
bool quick_outcome(const char* digits, std::size_t readable, const CheckOptions& options,
                   std::uint8_t& code) {
  int first = 0;
  if (!first_pass_sum(digits, readable, first)) return false;
  std::optional<int> expected = first % 11;
  if (*expected == 10) expected = check_digit_of_line(digits);  // about one line in eleven
  const int typed = digits[11] - '0';
  if (!expected) {
    code = static_cast<std::uint8_t>(Code::unissuable_checksum);
  } else if (*expected != typed) {
    code = static_cast<std::uint8_t>(Code::checksum_mismatch);
  } else if (options.strict || options.expect) {
    return false;
  } else {
    code = kOk;
  }
  return true;
}

// The row's birth date and sex, from their cells.
struct Person {
  std::optional<CivilDate> birth_date;
  std::optional<Gender> sex;
  bool any() const { return birth_date || sex; }
};

// What a valid number's encoded person says against the row's: kOk when they agree (or a BIN).
std::uint8_t compare(Kind kind, const IinData* iin, const Person& person) {
  if (!person.any() || kind == Kind::bin) return kOk;
  if (!iin) return row_code(RowOutcome::not_comparable);
  if (person.birth_date && *person.birth_date != iin->birth_date)
    return row_code(RowOutcome::birth_date_mismatch);
  if (person.sex && *person.sex != iin->gender) return row_code(RowOutcome::sex_mismatch);
  return kOk;
}

// 10 or 11 digits and nothing else: the number with its leading zeros put back, if that is valid.
std::string restore_zeros(const IdResult& result, const CheckOptions& options) {
  if (result.errors.empty() || result.errors.front().code != Code::too_short) return {};
  const std::size_t count = result.normalized.size();
  if (count < kDigits - 2) return {};
  std::string restored = std::string(kDigits - count, '0') + result.normalized;
  return check(restored, options).valid ? restored : std::string();
}

// Judges records: the code of each, from the spans of its number, birth-date and sex fields.
class Judge {
 public:
  Judge(const TextLayout& layout, const CheckOptions& options)
      : layout_(layout), options_(options), full_options_(options) {
    options_.suggest = false;
    columns_[0] = layout.column;
    columns_[1] = layout.birth_date_column;
    columns_[2] = layout.sex_column;
    cross_check_ = layout.birth_date_column >= 0 || layout.sex_column >= 0;
  }
  const int* columns() const { return columns_.data(); }

  // `held`: bytes readable from the record's first byte on.
  std::uint8_t code(const Record& record, const FieldSpan* spans, std::size_t held) const {
    const FieldSpan& number = spans[0];
    if (!number.present) return kBlankLine;
    const char* at = record.text.data() + number.begin;
    std::uint8_t quick = 0;
    if (!number.escaped && number.end - number.begin == kDigits &&
        quick_outcome(at, held - number.begin, options_, quick)) {
      if (quick != kOk || !cross_check_) return quick;
      int digits[kDigits];
      for (int i = 0; i < kDigits; ++i) digits[i] = at[i] - '0';
      const detail::IinReading reading = detail::read_iin(digits);
      const Kind kind = reading.data                                ? Kind::iin
                        : detail::read_bin(digits).data.has_value() ? Kind::bin
                                                                    : Kind::unknown;
      return compare(kind, reading.data ? &*reading.data : nullptr, person(record.text, spans));
    }
    return full(record.text, spans, false).code;
  }

  // `suggest`: the result carries suggestions when the options ask for them.
  RowResult full(std::string_view text, const FieldSpan* spans, bool suggest) const {
    RowResult row;
    row.result = check(field_value(text, spans[0]), suggest ? full_options_ : options_);
    row.code = spans[0].present ? outcome(row.result, BatchMode::text) : kBlankLine;
    const Person who = person(text, spans);
    row.birth_date = who.birth_date;
    row.sex = who.sex;
    if (row.result.valid) {
      row.code = compare(row.result.kind, row.result.iin ? &*row.result.iin : nullptr, who);
    } else if (!(row.restored = restore_zeros(row.result, options_)).empty()) {
      row.code = row_code(RowOutcome::leading_zero_lost);
    }
    return row;
  }

 private:
  Person person(std::string_view text, const FieldSpan* spans) const {
    Person who;
    if (spans[1].present) who.birth_date = parse_cell_date(field_value(text, spans[1]), true);
    if (spans[2].present) who.sex = parse_cell_sex(field_value(text, spans[2]));
    return who;
  }

  TextLayout layout_;
  CheckOptions options_;       // no suggestions: the hot loop needs only the code
  CheckOptions full_options_;  // as the caller gave them
  std::array<int, kMaxWantedFields> columns_{};
  bool cross_check_ = false;
};

// Counts each record's code into the summary and keeps the records that are not one line.
class Tally {
 public:
  Tally(LineCodes& codes, BatchSummary& summary, std::vector<IrregularRecord>* irregular)
      : out_(codes), summary_(summary), irregular_(irregular) {}

  bool add(std::uint8_t code, const Record& record) {
    if (irregular_ && (record.lines != 1 || record.plain || record.truncated)) {
      irregular_->push_back(
          {static_cast<std::uint32_t>(out_.size()), record.lines, record.plain, record.truncated});
    }
    if (!out_.push(code)) return false;
    if (code == kBlankLine) {
      ++summary_.blank;
      return true;
    }
    ++summary_.total;
    if (is_valid_code(code)) {
      ++summary_.valid;
    } else {
      ++summary_.invalid;
    }
    if (code >= kCodeCount && code < kCodeCount + kRowOutcomeCount) ++summary_.rows[code - kCodeCount];
    return true;
  }
  LineCodesWriter& codes() { return out_; }

 private:
  LineCodesWriter out_;
  BatchSummary& summary_;
  std::vector<IrregularRecord>* irregular_;
};

Error out_of_memory(std::size_t records, std::uint64_t bytes) {
  return Error{ErrorCode::too_large, "",
               "not enough memory for the results of " + std::to_string(records) + "+ records (" +
                   std::to_string(bytes) + " bytes of text)"};
}

std::size_t item_end(std::string_view text, std::size_t from) {
  const std::size_t end = text.find('\n', from);
  return end == std::string_view::npos ? text.size() : end;
}

Result<BatchSummary> check_items(std::string_view text, const CheckOptions& options, LineCodes& codes) {
  CheckOptions line_options = options;
  line_options.suggest = false;
  LineCodesWriter out(codes);
  out.clear();
  BatchSummary summary;
  Tally tally(codes, summary, nullptr);
  // n items joined with '\n' make n lines, even when the last item is empty.
  for (std::size_t start = 0;;) {
    const std::size_t end = item_end(text, start);
    const std::string_view item = text.substr(start, end - start);
    std::uint8_t code = 0;
    if (!(item.size() == kDigits && quick_outcome(item.data(), text.size() - start, line_options, code))) {
      code = outcome(check(item, line_options), BatchMode::items);
    }
    if (!tally.add(code, Record{item})) return out_of_memory(out.size(), text.size());
    if (end == text.size()) break;
    start = end + 1;
  }
  return summary;
}
}  // namespace

RecordJudge::RecordJudge(const TextLayout& layout, const CheckOptions& options)
    : layout_(layout),
      options_(options),
      columns_{layout.column, layout.birth_date_column, layout.sex_column} {}

std::uint8_t RecordJudge::code(const Record& record, const FieldSpan* spans, std::size_t held) const {
  return Judge(layout_, options_).code(record, spans, held);
}

BatchReader::BatchReader(const TextLayout& layout, const CheckOptions& options, LineCodes& codes,
                         std::size_t max_record_bytes)
    : layout_(layout),
      options_(options),
      codes_(codes),
      reader_(layout.separator, max_record_bytes),
      header_pending_(layout.header) {
  LineCodesWriter(codes_).clear();
}

char* BatchReader::space(std::size_t bytes) { return reader_.space(bytes); }

std::optional<Error> BatchReader::commit(std::size_t bytes) {
  bytes_ += bytes;
  reader_.commit(bytes);
  reader_.skip_byte_order_mark();
  return read();
}

std::optional<Error> BatchReader::feed(std::string_view part) {
  char* at = reader_.space(part.size());
  if (!at) return out_of_memory(codes_.size(), bytes_);
  if (!part.empty()) std::memcpy(at, part.data(), part.size());
  return commit(part.size());
}

std::optional<Error> BatchReader::finish() {
  reader_.finish();
  reader_.skip_byte_order_mark();
  return read();
}

std::optional<Error> BatchReader::read() {
  const Judge judge(layout_, options_);
  Tally tally(codes_, summary_, &irregular_);
  std::array<FieldSpan, kMaxWantedFields> spans{};
  for (Record record; reader_.next(record, judge.columns(), kMaxWantedFields, spans.data());) {
    if (header_pending_) {
      header_pending_ = false;
      header_.assign(record.text);
      header_lines_ = record.lines;
      continue;
    }
    if (!tally.add(judge.code(record, spans.data(), reader_.held_from(record)), record)) {
      return out_of_memory(codes_.size(), bytes_);
    }
  }
  return std::nullopt;
}

namespace {
// One code per record, reserved at once: the records of the whole text, estimated from the line
// ends of its first 64 KB with an eighth more, so that a list of long rows does not hold a code
// for every 13 bytes. Text with no line end there gets that bound; the codes grow past either.
std::size_t expected_records(std::string_view text) {
  const std::size_t sample = std::min<std::size_t>(text.size(), std::size_t{64} * 1024);
  const auto ends = static_cast<std::size_t>(std::count(text.data(), text.data() + sample, '\n'));
  if (ends == 0) return text.size() / (kDigits + 1) + 1;
  const double per_byte = static_cast<double>(ends) / static_cast<double>(sample);
  return static_cast<std::size_t>(per_byte * static_cast<double>(text.size()) * 1.125) + 1;
}
}  // namespace

Result<BatchSummary> check_lines(std::string_view text, BatchMode mode, const TextLayout& layout,
                                 const CheckOptions& options, LineCodes& codes,
                                 std::vector<IrregularRecord>* irregular) {
  if (mode == BatchMode::items) return check_items(text, options, codes);
  BatchSummary summary;
  Tally tally(codes, summary, irregular);
  tally.codes().clear();
  if (!tally.codes().reserve(expected_records(text))) return out_of_memory(0, text.size());
  const Judge judge(layout, options);
  std::array<FieldSpan, kMaxWantedFields> spans{};
  std::size_t start = detail::skip_bom(text);
  bool header = layout.header;
  while (start < text.size()) {
    const RecordScan scan = scan_record(text.data(), start, text.size(), true, layout.separator,
                                        kMaxRecordBytes, judge.columns(), kMaxWantedFields, spans.data());
    start = scan.next;
    if (header) {
      header = false;
      continue;
    }
    const std::size_t held = static_cast<std::size_t>(text.data() + text.size() - scan.record.text.data());
    if (!tally.add(judge.code(scan.record, spans.data(), held), scan.record)) {
      return out_of_memory(tally.codes().size(), text.size());
    }
  }
  return summary;
}

std::string field_of(std::string_view record, const TextLayout& layout) {
  const RecordScan scan = scan_record(record.data(), 0, record.size(), true, layout.separator,
                                      record.size() + 1, nullptr, 0, nullptr);
  return field_value(scan.record, layout.separator, layout.column);
}

IdResult check_line(std::string_view line, BatchMode mode, const TextLayout& layout,
                    const CheckOptions& options) {
  return mode == BatchMode::text ? check(field_of(line, layout), options) : check(line, options);
}

RowResult check_row(const Record& record, const TextLayout& layout, const CheckOptions& options) {
  const Judge judge(layout, options);
  std::array<FieldSpan, kMaxWantedFields> spans{};
  const std::string_view text = record.text;
  // Alone, a plain record's unclosed quote is still unclosed at its end: it reads plain again.
  scan_record(text.data(), 0, text.size(), true, layout.separator, text.size() + 1, judge.columns(),
              kMaxWantedFields, spans.data());
  return judge.full(text, spans.data(), true);
}

Neighbours neighbours(std::string_view number, const std::optional<CivilDate>& birth_date,
                      const std::optional<Gender>& sex) {
  Neighbours out;
  if (number.size() != static_cast<std::size_t>(kDigits)) return out;
  int digits[kDigits];
  for (int i = 0; i < kDigits; ++i) {
    if (number[i] < '0' || number[i] > '9') return out;
    digits[i] = number[i] - '0';
  }
  for (const std::string& candidate : detail::valid_neighbours(digits)) {
    ++out.count;
    if (!birth_date && !sex) continue;
    int candidate_digits[kDigits];
    for (int i = 0; i < kDigits; ++i) candidate_digits[i] = candidate[i] - '0';
    const detail::IinReading reading = detail::read_iin(candidate_digits);
    if (!reading.data) continue;
    if (birth_date && reading.data->birth_date != *birth_date) continue;
    if (sex && reading.data->gender != *sex) continue;
    if (++out.agreeing == 1) out.only_agreeing = candidate;
  }
  if (out.agreeing != 1) out.only_agreeing.clear();
  return out;
}

Neighbours neighbours(const RowResult& row) {
  const bool mistyped =
      !row.result.errors.empty() && row.result.errors.front().code == Code::checksum_mismatch;
  return mistyped ? neighbours(row.result.normalized, row.birth_date, row.sex) : Neighbours{};
}

}  // namespace iin
