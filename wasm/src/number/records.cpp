#include "iin/records.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "number/fields.hpp"

namespace iin {
namespace {
// Where the record that ends at the line end data[at] is followed by the next one.
void end_record_at(const char* data, std::size_t at, std::size_t size, bool at_end, RecordScan& out) {
  if (at >= size) {
    out.next = size;
    return;
  }
  if (data[at] == '\n') {
    out.next = at + 1;
  } else if (at + 1 < size) {
    out.next = at + (data[at + 1] == '\n' ? 2 : 1);
  } else {
    out.next = size;
    out.skip_newline = !at_end;
  }
}

// The first line end at or after `from`, or `size`.
std::size_t first_line_end(const char* data, std::size_t from, std::size_t size) {
  return detail::find_first_of4(data, from, size, '\n', '\r', '\n', '\r');
}

// A record longer than `max`: its first `max` bytes, and its end at the next line end.
RecordScan cut(const char* data, std::size_t from, std::size_t size, bool at_end, std::size_t max,
               RecordScan out) {
  out.status = RecordScan::complete;
  out.record.text = {data + from, max};
  out.record.truncated = true;
  const std::size_t end = first_line_end(data, from + max, size);
  if (end == size && !at_end) {
    out.next = size;
    out.skip_rest = true;
    return out;
  }
  end_record_at(data, end, size, at_end, out);
  return out;
}

// The record read with every quote a plain character: it ends at its first line end.
template <typename OnField>
RecordScan scan_plain(const char* data, std::size_t from, std::size_t size, bool at_end, char separator,
                      std::size_t max, OnField on_field) {
  RecordScan out;
  out.record.plain = true;
  const std::size_t end = first_line_end(data, from, size);
  const std::size_t limit = std::min(end, from + max);
  const char stop = separator != 0 ? separator : '\n';
  std::size_t at = from;
  for (int field = 0;; ++field) {
    const std::size_t field_end =
        std::min(detail::find_first_of4(data, at, limit, stop, stop, stop, stop), limit);
    on_field(field, FieldSpan{at, field_end, true, false, false});
    if (field_end >= limit) break;
    at = field_end + 1;
  }
  if (end - from > max) return cut(data, from, size, at_end, max, out);
  out.record.text = {data + from, end - from};
  end_record_at(data, end, size, at_end, out);
  return out;
}

// The next record and its fields, as records.hpp describes them. on_field(index, span) is called
// for each field (again from the first when the record turns out to be plain).
template <typename OnField>
RecordScan scan_fields(const char* data, std::size_t from, std::size_t size, bool at_end, char separator,
                       std::size_t max, OnField on_field) {
  RecordScan out;
  const std::size_t limit =
      from + max;  // a record is read up to here; past it, only its line end is looked for
  const std::size_t readable = std::min(size, limit);
  const char stop = separator != 0 ? separator : '\n';
  const auto need_more = [&] {
    out.status = RecordScan::need_more;
    return out;
  };
  std::uint32_t lines = 1;
  std::size_t at = from;
  for (int field = 0;; ++field) {
    std::size_t first = at;
    while (first < readable && data[first] == ' ') ++first;
    if (first == readable && readable == size && !at_end) return need_more();
    FieldSpan span{at, at, true, false, false};
    std::size_t after;  // the separator or line end after the field
    if (first < readable && data[first] == '"') {
      span.quoted = true;
      span.begin = first + 1;
      std::size_t q = first + 1;
      for (;;) {
        const std::size_t hit = detail::find_first_of4(data, q, readable, '"', '\r', '\n', '"');
        if (hit >= readable) {
          if (readable == size && !at_end) return need_more();
          // Not closed within max bytes, or by the end of the input.
          return scan_plain(data, from, size, at_end, separator, max, on_field);
        }
        if (data[hit] == '"') {
          if (hit + 1 == size && !at_end) return need_more();
          if (hit + 1 < readable && data[hit + 1] == '"') {
            span.escaped = true;
            q = hit + 2;
            continue;
          }
          span.end = hit;
          q = hit + 1;
          break;
        }
        ++lines;
        if (data[hit] == '\r') {
          if (hit + 1 == size && !at_end) return need_more();
          q = hit + (hit + 1 < size && data[hit + 1] == '\n' ? 2 : 1);
        } else {
          q = hit + 1;
        }
      }
      after = detail::find_first_of4(data, q, size, stop, '\r', '\n', stop);
      if (after != q) {  // bytes after the closing quote: kept as they are (field_value reads them)
        span.escaped = true;
        span.end = after;
      }
    } else {
      after = detail::find_first_of4(data, at, size, stop, '\r', '\n', stop);
      span.end = after;
    }
    if (after > limit) {
      if (span.begin < limit)
        on_field(field, FieldSpan{span.begin, std::min(span.end, limit), true, span.quoted, span.escaped});
      out.record.lines = lines;
      return cut(data, from, size, at_end, max, out);
    }
    if (after == size && !at_end) return need_more();
    on_field(field, span);
    if (after == size) {
      out.record = {{data + from, size - from}, lines, false, false};
      out.next = size;
      return out;
    }
    if (separator != 0 && data[after] == separator) {
      at = after + 1;
      continue;
    }
    out.record = {{data + from, after - from}, lines, false, false};
    end_record_at(data, after, size, at_end, out);
    return out;
  }
}

// The fields of a complete record, read as the scan that found it read them.
template <typename OnField>
void for_each_field(const Record& record, char separator, OnField on_field) {
  const char* data = record.text.data();
  const std::size_t size = record.text.size();
  if (record.plain) {
    scan_plain(data, 0, size, true, separator, size + 1, on_field);
  } else {
    scan_fields(data, 0, size, true, separator, size + 1, on_field);
  }
}
}  // namespace

RecordScan scan_record(const char* data, std::size_t from, std::size_t size, bool at_end, char separator,
                       std::size_t max, const int* columns, int column_count, FieldSpan* spans) {
  for (int i = 0; i < column_count; ++i) spans[i] = {};
  return scan_fields(data, from, size, at_end, separator, max, [&](int field, FieldSpan span) {
    span.begin -= from;
    span.end -= from;
    for (int i = 0; i < column_count; ++i) {
      if (field == 0) spans[i] = {};  // a record read again as plain starts over
      if (columns[i] == field) spans[i] = span;
    }
  });
}

std::string field_value(std::string_view text, const FieldSpan& span) {
  if (!span.present) return {};
  const std::string_view raw = text.substr(span.begin, span.end - span.begin);
  if (!span.escaped) return std::string(raw);
  // "" stands for '"' up to the closing quote; what follows it is kept as it is.
  std::string value;
  value.reserve(raw.size());
  for (std::size_t at = 0; at < raw.size(); ++at) {
    if (raw[at] != '"') {
      value.push_back(raw[at]);
    } else if (at + 1 < raw.size() && raw[at + 1] == '"') {
      value.push_back('"');
      ++at;
    } else {
      value.append(raw.substr(at + 1));
      break;
    }
  }
  return value;
}

std::string field_value(const Record& record, char separator, int column, bool* present) {
  FieldSpan found;
  for_each_field(record, separator, [&](int field, const FieldSpan& span) {
    if (field == column) found = span;
  });
  if (present) *present = found.present;
  return field_value(record.text, found);
}

std::vector<std::string> split_fields(const Record& record, char separator) {
  std::vector<std::string> fields;
  for_each_field(record, separator, [&](int field, const FieldSpan& span) {
    if (field == 0) fields.clear();  // a record read again as plain starts over
    fields.push_back(field_value(record.text, span));
  });
  return fields;
}

RecordReader::RecordReader(char separator, std::size_t max_record_bytes)
    : separator_(separator), max_record_bytes_(std::max<std::size_t>(max_record_bytes, 1)) {}

// NOLINTNEXTLINE(cppcoreguidelines-no-malloc,hicpp-no-malloc,cppcoreguidelines-owning-memory)
RecordReader::~RecordReader() { std::free(buffer_); }

char* RecordReader::space(std::size_t bytes) {
  if (start_ > 0) {  // the unfinished record moves to the front
    std::memmove(buffer_, buffer_ + start_, size_ - start_);
    size_ -= start_;
    start_ = 0;
  }
  if (size_ + bytes > capacity_ || !buffer_) {
    const std::size_t capacity = std::max({size_ + bytes, 2 * capacity_, std::size_t{64}});
    // NOLINTNEXTLINE(cppcoreguidelines-no-malloc,hicpp-no-malloc,cppcoreguidelines-owning-memory)
    auto* grown = static_cast<char*>(std::realloc(buffer_, capacity));
    if (!grown) return nullptr;
    buffer_ = grown;
    capacity_ = capacity;
  }
  return buffer_ + size_;
}

void RecordReader::commit(std::size_t bytes) { size_ += bytes; }

bool RecordReader::feed(std::string_view part) {
  char* at = space(part.size());
  if (!at) return false;
  if (!part.empty()) std::memcpy(at, part.data(), part.size());
  commit(part.size());
  return true;
}

void RecordReader::finish() { at_end_ = true; }

void RecordReader::skip_byte_order_mark() {
  if (bom_looked_for_ || (size_ - start_ < 3 && !at_end_)) return;
  bom_looked_for_ = true;
  if (records_ == 0 && size_ - start_ >= 3 && std::memcmp(buffer_ + start_, "\xEF\xBB\xBF", 3) == 0)
    start_ += 3;
}

bool RecordReader::next(Record& record) { return next(record, nullptr, 0, nullptr); }

bool RecordReader::next(Record& record, const int* columns, int column_count, FieldSpan* spans) {
  if (skip_rest_) {
    const std::size_t end = first_line_end(buffer_, start_, size_);
    if (end == size_) {
      start_ = size_;
      return false;
    }
    skip_rest_ = false;
    RecordScan after;
    end_record_at(buffer_, end, size_, at_end_, after);
    start_ = after.next;
    skip_newline_ = after.skip_newline;
  }
  if (skip_newline_ && start_ < size_) {
    if (buffer_[start_] == '\n') ++start_;
    skip_newline_ = false;
  }
  if (start_ >= size_) return false;
  const RecordScan scan = scan_record(buffer_, start_, size_, at_end_, separator_, max_record_bytes_, columns,
                                      column_count, spans);
  if (scan.status == RecordScan::need_more) return false;
  record = scan.record;
  start_ = scan.next;
  skip_newline_ = scan.skip_newline;
  skip_rest_ = scan.skip_rest;
  ++records_;
  lines_ += record.lines;
  return true;
}

}  // namespace iin
