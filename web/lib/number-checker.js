// Checking one IIN or BIN through the compiled number checker (iin-checker-core.wasm:
// wasm/bindings/number.cpp), once per keystroke. Lists are ManyChecker's (many-checker.js), in a
// module of their own.

import { requireString } from './arguments.js';
import { CHECK_OPTIONS, CoreCalls, checkOptionsKey } from './core-calls.js';

export class NumberChecker {
  #calls;

  /** `core`: the exports of the started module (lib/start-module.js); `calls`: a CoreCalls over it. */
  constructor(core, calls = new CoreCalls(core)) {
    this.#calls = calls;
    this.version = calls.layout.version;
  }

  /** Checks one IIN or BIN as a person typed or pasted it. */
  check(input, options) {
    requireString(input, 'check(input)');
    const key = checkOptionsKey(options, CHECK_OPTIONS);
    if (input.length > this.#calls.layout.maxInputBytes) return this.#calls.tooLong(input);
    this.#calls.applyOptions(key);
    return this.#calls.run(input);
  }
}
