// Calling the compiled checklist engine, iin-checklist-core.wasm (started by lib/start-module.js):
// its few C functions (wasm/bindings/checklist.cpp) take the UTF-8 text of a call in a buffer and
// give back JSON, the answer or { error: { code, path, message } }.

import { outputText } from './start-module.js';

const encoder = new TextEncoder();

/** call(name, text, ...numbers) over a started engine's exports: returns the JSON text of the answer. */
export function checklistCalls(core) {
  return (name, text = '', ...numbers) => {
    const input = encoder.encode(text);
    const at = core.iin_input(input.length);
    new Uint8Array(core.memory.buffer, at, input.length).set(input);
    return outputText(core, core[name](...numbers));
  };
}
