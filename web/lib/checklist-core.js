// The compiled checklist engine, iin-checklist-core.wasm, is a bare WebAssembly module with no
// Emscripten glue: its few C functions (wasm/bindings/checklist.cpp) take the UTF-8 text of a call
// in a buffer and give back JSON, the answer or { error: { code, path, message } }.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Starts a compiled engine; resolves to call(name, text), which returns the JSON text of the answer. */
export async function startChecklistCore(compiled) {
  const instance = await WebAssembly.instantiate(compiled, {
    // The engine reads its memory afresh on every call, so a grown memory needs nothing here.
    env: { emscripten_notify_memory_growth() {} },
    wasi_snapshot_preview1: { proc_exit(code) { throw new Error(`the checklist engine stopped (${code})`); } },
  });
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

/** A text file, read from disk under Node or fetched. */
export async function readText(url) {
  if (typeof process === 'object' && typeof process.versions?.node === 'string' && url.protocol === 'file:') {
    // Kept out of bundlers' and browsers' way: only Node reaches this import.
    const fsModule = 'node:fs/promises';
    const { readFile } = await import(/* @vite-ignore */ /* webpackIgnore: true */ fsModule);
    return readFile(url, 'utf8');
  }
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}
