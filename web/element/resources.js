// The files the app reads while it runs (translations, the element's markup and styles, the
// compiled modules): fetched from beside the code, or, in the single-file offline build, read
// from the page itself, where scripts/build-offline.mjs stores them.

const SITE = new URL('../', import.meta.url);
let embedded;

function embeddedFiles() {
  if (embedded === undefined) {
    const node = globalThis.document?.getElementById('iin-checker-files');
    embedded = node ? JSON.parse(node.textContent) : null;
  }
  return embedded;
}

export const isSingleFile = () => embeddedFiles() !== null;

async function fetchFile(path) {
  const response = await fetch(new URL(path, SITE));
  if (!response.ok) throw new Error(`Could not load ${path} (${response.status}).`);
  return response;
}

/** A text file of the site, by its path from the site's folder. */
export async function readText(path) {
  const file = embeddedFiles()?.[path];
  if (file) return file.text;
  return (await fetchFile(path)).text();
}

export async function readJson(path) {
  return JSON.parse(await readText(path));
}

/** A binary file (the .wasm modules): embedded ones are stored gzipped, in base64. */
export async function readBytes(path) {
  const file = embeddedFiles()?.[path];
  if (!file) return new Uint8Array(await (await fetchFile(path)).arrayBuffer());
  const packed = Uint8Array.from(atob(file.gzipBase64), (c) => c.charCodeAt(0));
  const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
