// Starting an Emscripten module in a browser, a worker or Node, from a URL or from bytes.

const isNode = typeof process === 'object' && typeof process.versions?.node === 'string';

async function readFileInNode(url) {
  // Kept out of bundlers' and browsers' way: only Node reaches this import.
  const fsModule = 'node:fs/promises';
  const { readFile } = await import(/* @vite-ignore */ /* webpackIgnore: true */ fsModule);
  return readFile(url);
}

/** Resolves to the started module; `bytes`, when given, spares the download. */
export async function startModule(factory, wasmUrl, bytes) {
  try {
    const moduleArgs = {};
    if (bytes) {
      moduleArgs.wasmBinary = bytes;
    } else if (isNode && wasmUrl.protocol === 'file:') {
      moduleArgs.wasmBinary = await readFileInNode(wasmUrl);
    } else {
      moduleArgs.locateFile = () => wasmUrl.href;
    }
    return await factory(moduleArgs);
  } catch (error) {
    throw new Error(`Could not start the IIN checker from ${wasmUrl.href}: ${error?.message ?? error}`);
  }
}
