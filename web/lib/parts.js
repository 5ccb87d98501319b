// A Blob or a ReadableStream of bytes read in parts for checkMany(): the encoding found from the
// first bytes (or given), then each part written into the checker's memory as UTF-8 — as it is
// when the file is UTF-8, else decoded and encoded again. Only one part is held at a time.

import { ENCODINGS, sniff } from './encoding.js';
import { rangeError } from './errors.js';

const FIRST_BYTES = 1 << 16; // enough records to find the layout from
const utf8 = new TextEncoder();

async function* partsOf(input) {
  const reader = (typeof Blob !== 'undefined' && input instanceof Blob ? input.stream() : input).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (!(value instanceof Uint8Array)) {
        throw rangeError('invalid_value', 'checkMany(input)', 'The stream must give Uint8Array parts (bytes).');
      }
      if (value.length) yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

const joined = (parts, length) => {
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/**
 * sink: first(text, encoding, complete) with the text of the first bytes (to find the layout);
 * space(bytes) → a Uint8Array to write that many bytes into; commit(bytes, done) with `done`
 * the share of a Blob read so far (null for a stream).
 */
export async function readParts(input, { encoding }, sink) {
  if (encoding !== undefined && !ENCODINGS.includes(encoding)) {
    throw rangeError(
      'invalid_value',
      'options.encoding',
      `options.encoding must be one of ${ENCODINGS.join(', ')}, not ${JSON.stringify(encoding)}.`,
    );
  }
  const total = typeof Blob !== 'undefined' && input instanceof Blob ? input.size : null;
  const parts = partsOf(input);
  const head = [];
  let headLength = 0;
  let ended = false;
  while (headLength < FIRST_BYTES) {
    const { done, value } = await parts.next();
    if (done) {
      ended = true;
      break;
    }
    head.push(value);
    headLength += value.length;
  }
  const first = joined(head, headLength);
  const found = encoding ?? sniff(first, ended).encoding;
  if (!found) {
    throw rangeError(
      'invalid_value',
      'checkMany(input)',
      'The file is neither text nor a workbook this checker reads.',
    );
  }
  const decoder = found === 'utf-8' ? null : new TextDecoder(found);
  sink.first(new TextDecoder(found).decode(first, { stream: !ended }), found, ended);
  let read = 0;
  const put = (bytes) => {
    read += bytes.length;
    if (!decoder) {
      sink.space(bytes.length).set(bytes);
      sink.commit(bytes.length, total ? read / total : null);
      return;
    }
    const text = decoder.decode(bytes, { stream: true });
    const { written } = utf8.encodeInto(text, sink.space(3 * text.length));
    sink.commit(written, total ? read / total : null);
  };
  put(first);
  if (!ended) for await (const part of parts) put(part);
  if (decoder) {
    const rest = decoder.decode();
    const { written } = utf8.encodeInto(rest, sink.space(3 * rest.length + 1));
    sink.commit(written, 1);
  }
}
