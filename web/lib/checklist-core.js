// Starts the compiled checklist engine, iin-checklist-core.wasm: a bare WebAssembly module with no
// Emscripten glue. Its few C functions (wasm/bindings/checklist.cpp) take the UTF-8 text of a call
// in a buffer and give back JSON: the answer, or { error: { code, path, message } }.

const encoder = new TextEncoder();
const decoder = new TextDecoder();
export const isNode = typeof process === 'object' && typeof process.versions?.node === 'string';

/** A file's bytes (or, with `encoding`, text), from disk under Node or over the network. */
export async function readUrl(url, encoding) {
  if (isNode && url.protocol === 'file:') {
    // Kept out of bundlers' and browsers' way: only Node reaches this import.
    const fsModule = 'node:fs/promises';
    const { readFile } = await import(/* @vite-ignore */ /* webpackIgnore: true */ fsModule);
    return readFile(url, encoding);
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
  return encoding ? response.text() : new Uint8Array(await response.arrayBuffer());
}

/**
 * Resolves to call(name, text): runs the module's function `name` on `text` and returns its JSON
 * text. `bytes`, when given, spares the download of `wasmUrl`.
 */
export async function startChecklistCore(wasmUrl, bytes) {
  let instance;
  try {
    const imports = {
      // The module reads its memory afresh on every call, so a grown memory needs nothing here.
      env: { emscripten_notify_memory_growth() {} },
      wasi_snapshot_preview1: { proc_exit(code) { throw new Error(`the checklist engine stopped (${code})`); } },
    };
    ({ instance } = await WebAssembly.instantiate(bytes ?? await readUrl(wasmUrl), imports));
  } catch (error) {
    throw new Error(`Could not start the IIN checklist from ${wasmUrl.href}: ${error?.message ?? error}`);
  }
  const core = instance.exports;
  core._initialize();
  return (name, text = '') => {
    const input = encoder.encode(text);
    const at = core.iin_input(input.length);
    new Uint8Array(core.memory.buffer, at, input.length).set(input);
    const out = core[name]();
    return decoder.decode(new Uint8Array(core.memory.buffer, out, core.iin_output_size()));
  };
}
