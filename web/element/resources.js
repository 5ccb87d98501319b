// The single-file offline build (scripts/build-offline.mjs) stores the compiled modules in the
// page itself, gzipped and in base64, and the rules as text; everything else the element needs
// comes with its code.

let embedded;

function embeddedFiles() {
  if (embedded === undefined) {
    const node = globalThis.document?.getElementById('iin-checker-files');
    embedded = node ? JSON.parse(node.textContent) : null;
  }
  return embedded;
}

/** Whether this is the single file, opened with no server behind it. */
export const isSingleFile = () => embeddedFiles() !== null;

/** The bytes of a file the single file carries (a .wasm module), or null. */
export async function embeddedBytes(name) {
  const file = embeddedFiles()?.[name];
  if (!file) return null;
  const packed = Uint8Array.from(atob(file.gzipBase64), (c) => c.charCodeAt(0));
  const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The text of a file the single file carries (the rules), or null. */
export function embeddedText(name) {
  return embeddedFiles()?.[name]?.text ?? null;
}
