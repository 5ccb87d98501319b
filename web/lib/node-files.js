// Reading a file from disk under Node, kept out of bundlers' and browsers' way: only Node reaches
// the import below. The site build copies this file as it is, so its magic comments stay.

/** Whether this is Node, where a file: URL is read from disk. */
export const isNode = typeof process === 'object' && typeof process.versions?.node === 'string';

/** The bytes (or, with an `encoding`, the text) of the file at a file: URL. */
export async function readFileInNode(url, encoding) {
  const fsModule = 'node:fs/promises';
  const { readFile } = await import(/* @vite-ignore */ /* webpackIgnore: true */ fsModule);
  return readFile(url, encoding);
}
