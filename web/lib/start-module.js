// Starting one of the compiled modules in a browser, a worker or Node, from a URL or from bytes.
// Both are bare WebAssembly (wasm/bindings/): C functions over their memory, with no Emscripten
// glue; they import only two functions, given here. A missing, mistyped or damaged file fails
// with a clear error and a code.

import { isNode, readFileInNode } from './node-files.js';

const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];

// The smallest module that uses WebAssembly SIMD (a function returning i8x16.popcnt of a splat):
// the number checker is built with -msimd128 (Chrome 91, Firefox 89, Safari 16.4, Node 16.4).
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11,
]);

/** "Could not start the IIN checker: …", with a `code`: 'unsupported', 'load_failed' or 'corrupt_module'. */
export function startError(code, message, details = {}) {
  return Object.assign(new Error(`Could not start the IIN checker: ${message}`), { code }, details);
}

/** Whether this engine can run the compiled modules at all. */
export function webAssemblyWorks() {
  try {
    return typeof WebAssembly === 'object' && WebAssembly.validate(SIMD_PROBE);
  } catch {
    return false;
  }
}

const fileName = (url) => url.pathname.slice(url.pathname.lastIndexOf('/') + 1);

async function download(url) {
  const name = fileName(url);
  if (isNode && url.protocol === 'file:') {
    try {
      return new Uint8Array(await readFileInNode(url));
    } catch (error) {
      throw startError('load_failed', `could not read ${name} from ${url.href}: ${error.message}`, {
        url: url.href,
        cause: error,
      });
    }
  }
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    throw startError('load_failed', `could not load ${name} from ${url.href}: ${error.message}`, {
      url: url.href,
      cause: error,
    });
  }
  if (!response.ok) {
    throw startError('load_failed', `could not load ${name}: ${url.href} answered HTTP ${response.status}.`, {
      url: url.href,
    });
  }
  return new Uint8Array(await response.arrayBuffer());
}

// An ArrayBuffer or any view of one (a Node Buffer too) as a Uint8Array over the same bytes.
const asBytes = (source) =>
  ArrayBuffer.isView(source)
    ? new Uint8Array(source.buffer, source.byteOffset, source.byteLength)
    : new Uint8Array(source);

async function sha256(bytes) {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function compile(bytes, name, expectedSha256) {
  if (!WASM_MAGIC.every((byte, i) => bytes[i] === byte)) {
    const start = new TextDecoder().decode(bytes.subarray(0, 15)).replace(/\s+/g, ' ');
    throw startError(
      'corrupt_module',
      `${name} is not a WebAssembly module: it starts with "${start}". ` +
        'Is the file missing on the server (an HTML page answered instead), or was it changed on the way?',
    );
  }
  // Where Web Crypto is available (https, localhost, Node), a file that is not this build's is refused.
  if (expectedSha256 && globalThis.crypto?.subtle) {
    const actual = await sha256(bytes);
    if (actual !== expectedSha256) {
      throw startError(
        'corrupt_module',
        `${name} is not the file this version of the checker was built with ` +
          `(SHA-256 ${actual.slice(0, 16)}…, expected ${expectedSha256.slice(0, 16)}…): it is damaged or from another version.`,
      );
    }
  }
  try {
    return await WebAssembly.compile(bytes);
  } catch (error) {
    throw startError('corrupt_module', `${name} could not be compiled: ${error.message}`, { cause: error });
  }
}

/**
 * Resolves to the exports of a started module (`memory` among them). `url` says where the .wasm
 * is; `bytes`, when given, spare the download; `sha256` (hex) is the digest the bytes must have.
 */
export async function startModule({ url, bytes, sha256: expected }) {
  if (!webAssemblyWorks()) {
    throw startError('unsupported', 'this engine cannot run WebAssembly with SIMD, which the checker needs.');
  }
  const name = fileName(url);
  const compiled = await compile(bytes ? asBytes(bytes) : await download(url), name, expected);
  try {
    const { exports } = await WebAssembly.instantiate(compiled, {
      // The callers look at the memory's buffer on every call, so a grown memory needs nothing here.
      env: { emscripten_notify_memory_growth() {} },
      wasi_snapshot_preview1: {
        proc_exit(code) {
          throw new Error(`${name} stopped (${code})`);
        },
      },
    });
    exports._initialize();
    return exports;
  } catch (error) {
    throw startError('corrupt_module', `${name} could not start: ${error.message}`, { cause: error });
  }
}

const decoder = new TextDecoder();

/** The text a module's function answered: iin_output_size() bytes of UTF-8 (JSON) at `at`. */
export function outputText(core, at) {
  return decoder.decode(new Uint8Array(core.memory.buffer, at, core.iin_output_size()));
}
