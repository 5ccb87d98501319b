// Check many's calls (web/lib/many-checker.js), in iin-many-core.wasm beside number.cpp's: a
// text's layout, its records checked whole or in parts, one record in full. Plain C functions over
// the module's memory and the wire (wire.hpp), with no logic of their own.

#include <emscripten/emscripten.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "iin/batch.hpp"
#include "iin/records.hpp"
#include "wire.hpp"

namespace {
using binding::input;
using binding::session;
using binding::Wire;

struct Lists {
  iin::LineCodes codes;
  std::vector<iin::IrregularRecord> irregular;
  std::vector<std::int32_t> irregular_words;
  std::optional<iin::BatchReader> stream;  // a batch read in parts
};
Lists lists;

iin::TextLayout text_layout(int separator, int column, bool header, int birth_date_column = iin::kNoColumn,
                            int sex_column = iin::kNoColumn) {
  return {static_cast<char>(separator), column, header, birth_date_column, sex_column};
}

// The summary and the codes of a batch into the wire.
void write_lines(const iin::BatchSummary& s, const std::vector<iin::IrregularRecord>& irregular) {
  Wire& w = session.wire;
  w.lines_total = static_cast<std::int32_t>(s.total);
  w.lines_valid = static_cast<std::int32_t>(s.valid);
  w.lines_invalid = static_cast<std::int32_t>(s.invalid);
  w.lines_blank = static_cast<std::int32_t>(s.blank);
  for (int i = 0; i < iin::kRowOutcomeCount; ++i) w.lines_rows[i] = static_cast<std::int32_t>(s.rows[i]);
  w.line_codes = binding::address(lists.codes.data());
  w.line_count = static_cast<std::int32_t>(lists.codes.size());
  lists.irregular_words.clear();
  for (const iin::IrregularRecord& r : irregular) {
    lists.irregular_words.insert(lists.irregular_words.end(),
                                 {static_cast<std::int32_t>(r.index), static_cast<std::int32_t>(r.lines),
                                  (r.plain ? 1 : 0) + (r.truncated ? 2 : 0)});
  }
  w.irregular = binding::address(lists.irregular_words.data());
  w.irregular_count = static_cast<std::int32_t>(irregular.size());
}
}  // namespace

extern "C" {

// Checks every record of the input into the wire's lines_* words. Answers null, or the error.
EMSCRIPTEN_KEEPALIVE const char* iin_check_lines(std::size_t bytes, int batch_mode, int separator, int column,
                                                 bool header, int birth_date_column, int sex_column) {
  lists.irregular.clear();
  const iin::Result<iin::BatchSummary> s =
      iin::check_lines(input(bytes), static_cast<iin::BatchMode>(batch_mode),
                       text_layout(separator, column, header, birth_date_column, sex_column), session.options,
                       lists.codes, &lists.irregular);
  if (!s) return binding::refuse(s.error());
  write_lines(*s, lists.irregular);
  session.wire.header_lines = 0;
  if (header && batch_mode == static_cast<int>(iin::BatchMode::text)) {
    const std::string_view text = input(bytes);
    const std::size_t start = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    if (start < text.size()) {
      session.wire.header_lines =
          static_cast<std::int32_t>(iin::scan_record(text.data(), start, text.size(), true,
                                                     static_cast<char>(separator), iin::kMaxRecordBytes)
                                        .record.lines);
    }
  }
  return nullptr;
}

// A batch read in parts: begin, then for each part space (JavaScript writes the part there) and
// commit, then finish. Each answers null or the error; the wire's lines_* words hold the codes so
// far after every commit.
EMSCRIPTEN_KEEPALIVE void iin_batch_begin(int separator, int column, bool header, int birth_date_column,
                                          int sex_column) {
  lists.stream.reset();
  lists.stream.emplace(text_layout(separator, column, header, birth_date_column, sex_column), session.options,
                       lists.codes);
}
EMSCRIPTEN_KEEPALIVE char* iin_batch_space(std::size_t bytes) { return lists.stream->space(bytes); }
const char* batch_answer(const std::optional<iin::Error>& error) {
  const iin::BatchReader& batch = *lists.stream;
  write_lines(batch.summary(), batch.irregular());
  session.wire.header_text = binding::address(batch.header().data());
  session.wire.header_bytes = static_cast<std::int32_t>(batch.header().size());
  session.wire.header_lines = static_cast<std::int32_t>(batch.header_lines());
  return error ? binding::refuse(*error) : nullptr;
}
EMSCRIPTEN_KEEPALIVE const char* iin_batch_commit(std::size_t bytes) {
  return batch_answer(lists.stream->commit(bytes));
}
EMSCRIPTEN_KEEPALIVE const char* iin_batch_finish() { return batch_answer(lists.stream->finish()); }

// One record of a checkMany() text in full, into the wire: the check, and the row_* words.
EMSCRIPTEN_KEEPALIVE void iin_check_row(std::size_t bytes, bool plain, int separator, int column,
                                        int birth_date_column, int sex_column) {
  iin::Record record;
  record.text = input(bytes);
  record.plain = plain;
  const iin::RowResult row = iin::check_row(
      record, text_layout(separator, column, false, birth_date_column, sex_column), session.options);
  binding::write_wire(row.result);
  Wire& w = session.wire;
  w.row_code = row.code;
  w.row_restored = binding::put(row.restored);
  const bool mistyped =
      !row.result.errors.empty() && row.result.errors.front().code == iin::Code::checksum_mismatch;
  const iin::Neighbours near =
      mistyped ? iin::neighbours(row.result.normalized, row.birth_date, row.sex) : iin::Neighbours{};
  w.row_neighbours = near.count;
  w.row_agreeing = near.agreeing;
  w.row_only_agreeing = binding::put(near.only_agreeing);
  w.row_birth_date = binding::put(row.birth_date ? iin::format_iso_date(*row.birth_date) : std::string());
  w.row_sex = row.sex ? static_cast<std::int32_t>(*row.sex) : -1;
  w.text_area = binding::address(session.text_area.data());
  w.text_area_bytes = static_cast<std::int32_t>(session.text_area.size());
}

// Into the wire's found_* words; `separator` -1 lets the text tell; `complete`: the input is the
// whole text, not its first part.
EMSCRIPTEN_KEEPALIVE void iin_detect_layout(std::size_t bytes, int separator, bool complete) {
  const iin::DetectedLayout found = iin::detect_layout(
      input(bytes), separator < 0 ? std::nullopt : std::optional<char>(static_cast<char>(separator)),
      complete);
  Wire& w = session.wire;
  w.found_separator = static_cast<unsigned char>(found.layout.separator);
  w.found_column = found.layout.column;
  w.found_header = found.layout.header;
  w.found_columns = found.columns;
  w.found_birth_date_column = found.layout.birth_date_column;
  w.found_sex_column = found.layout.sex_column;
}

}  // extern "C"
