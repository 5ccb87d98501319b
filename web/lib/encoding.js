// Which character encoding a file's bytes are in: a byte-order mark says UTF-8 or UTF-16; else
// UTF-8 when they are valid UTF-8; else Windows-1251 (what Excel on Russian Windows saves) when
// that reads as Cyrillic text. And what a file that is no text at all is.

/** The encodings a file may be read in, by their WHATWG names. */
export const ENCODINGS = Object.freeze(['utf-8', 'utf-16le', 'utf-16be', 'windows-1251']);

const startsWith = (bytes, ...prefix) => prefix.every((byte, i) => bytes[i] === byte);

/**
 * What the first bytes of a file are: { kind: 'text', encoding } | { kind: 'xlsx' } |
 * { kind: 'ole' } (an old .xls, or a workbook protected by a password) | { kind: 'binary' }.
 * `complete`: the bytes are the whole file (else a character cut at their end is no error).
 */
export function sniff(bytes, complete = true) {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return { kind: 'xlsx' };
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return { kind: 'ole' };
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return { kind: 'text', encoding: 'utf-8' };
  if (startsWith(bytes, 0xff, 0xfe)) return { kind: 'text', encoding: 'utf-16le' };
  if (startsWith(bytes, 0xfe, 0xff)) return { kind: 'text', encoding: 'utf-16be' };
  let controls = 0;
  for (const byte of bytes) if (byte < 9 || (byte > 13 && byte < 32 && byte !== 26)) controls += 1;
  if (controls > 0 && controls * 100 > bytes.length) return { kind: 'binary' };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !complete });
    return { kind: 'text', encoding: 'utf-8' };
  } catch {
    // not UTF-8: Cyrillic in Windows-1251 is bytes 0xC0-0xFF (and Ё, ё, І, і)
  }
  let high = 0;
  let cyrillic = 0;
  for (const byte of bytes) {
    if (byte < 0x80) continue;
    high += 1;
    if (byte >= 0xc0 || byte === 0xa8 || byte === 0xb8 || byte === 0xb2 || byte === 0xb3) cyrillic += 1;
  }
  return cyrillic * 10 >= high * 8 ? { kind: 'text', encoding: 'windows-1251' } : { kind: 'binary' };
}

/** The text of `bytes` in `encoding` (a byte-order mark dropped). */
export function decode(bytes, encoding) {
  return new TextDecoder(encoding).decode(bytes);
}
