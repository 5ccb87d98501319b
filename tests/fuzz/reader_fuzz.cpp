// libFuzzer target for the reader of many numbers (records.hpp, batch.hpp): any bytes, read whole
// and in parts of every size the input chooses, must give the same records, the same codes and the
// same summary; each record judged alone (check_row) must get the code the batch gave it; a field
// of a record read again must be what split_fields gives. Traps on any disagreement.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "iin/batch.hpp"
#include "iin/records.hpp"

namespace {
void require(bool condition) {
  if (!condition) __builtin_trap();
}

struct Seen {
  std::string text;
  std::uint32_t lines;
  bool plain, truncated;
  bool operator==(const Seen& o) const {
    return text == o.text && lines == o.lines && plain == o.plain && truncated == o.truncated;
  }
};

std::vector<Seen> read(std::string_view input, char separator, std::size_t part, std::size_t max) {
  iin::RecordReader reader(separator, max);
  std::vector<Seen> out;
  const auto drain = [&] {
    for (iin::Record r; reader.next(r);) out.push_back({std::string(r.text), r.lines, r.plain, r.truncated});
  };
  for (std::size_t at = 0; at < input.size(); at += part) {
    require(reader.feed(input.substr(at, part)));
    drain();
  }
  reader.finish();
  drain();
  return out;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 3) return 0;
  static constexpr char kSeparators[] = {0, ',', ';', '\t'};
  const char separator = kSeparators[data[0] & 3];
  const std::size_t part = 1 + data[1] % 61;
  const std::size_t max = (data[0] & 4) ? 8 + data[2] % 64 : iin::kMaxRecordBytes;
  const std::string_view input(reinterpret_cast<const char*>(data + 3), size - 3);

  // Records: whole and in parts alike.
  const std::vector<Seen> whole = read(input, separator, input.size() + 1, max);
  require(read(input, separator, part, max) == whole);
  for (const Seen& seen : whole) {
    iin::Record record{seen.text, seen.lines, seen.plain, seen.truncated};
    const std::vector<std::string> fields = iin::split_fields(record, separator);
    require(!fields.empty());
    bool present = false;
    require(iin::field_value(record, separator, static_cast<int>(fields.size()) - 1, &present) ==
            fields.back());
    require(present);
  }

  // Checking: the found layout, whole and in parts alike, and each record alone alike.
  iin::TextLayout layout = iin::detect_layout(input).layout;
  if (data[0] & 8) layout.birth_date_column = (data[0] >> 4) & 3;
  if (data[0] & 64) layout.sex_column = (data[1] >> 6) & 3;
  iin::LineCodes codes;
  std::vector<iin::IrregularRecord> irregular;
  const auto summary = iin::check_lines(input, iin::BatchMode::text, layout, {}, codes, &irregular);
  require(static_cast<bool>(summary));
  require(summary->total + summary->blank == codes.size());
  require(summary->valid + summary->invalid == summary->total);
  iin::LineCodes parted;
  iin::BatchReader reader(layout, {}, parted);
  for (std::size_t at = 0; at < input.size(); at += part) require(!reader.feed(input.substr(at, part)));
  require(!reader.finish());
  require(parted.to_vector() == codes.to_vector());
  require(reader.irregular().size() == irregular.size());

  // Each record judged alone (check_row) gets the code the batch gave it.
  iin::RecordReader records(layout.separator);
  require(records.feed(input));
  records.finish();
  records.skip_byte_order_mark();
  std::size_t index = 0;
  bool header = layout.header;
  for (iin::Record r; records.next(r);) {
    if (header) {
      header = false;
      continue;
    }
    require(index < codes.size());
    require(iin::check_row(r, layout, {}).code == codes[index]);
    ++index;
  }
  require(index == codes.size());
  return 0;
}
