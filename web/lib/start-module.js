// Starting one of the compiled modules in a browser, a worker or Node, from a URL or from bytes.
// Both are bare WebAssembly (wasm/bindings/): C functions over their memory, with no Emscripten
// glue; they import only two functions, given here. Each cause of failure has its own code (the
// vocabulary of wasm/include/iin/error.hpp), and a message for developers that names the file.

import { isNode, readFileInNode } from './node-files.js';

const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];

// The smallest module that uses WebAssembly SIMD (a function returning i8x16.popcnt of a splat):
// the number checker is built with -msimd128 (Chrome 91, Firefox 89, Safari 16.4, Node 16.4).
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11,
]);

/** The codes of a failed start, in the one vocabulary (wasm/include/iin/error.hpp). */
export const START_CODES = [
  'unsupported',
  'wasm_blocked',
  'load_failed',
  'file_missing',
  'hash_mismatch',
  'corrupt_module',
];

/**
 * "Could not start the IIN checker: …", with a `code` (one of START_CODES), a `path` (the file's
 * name, '' when no file is to blame) and, when a file was fetched, its `url`.
 */
export function startError(code, message, { file = '', url, cause } = {}) {
  const error = new Error(`Could not start the IIN checker: ${message}`, cause ? { cause } : undefined);
  return Object.assign(error, { code, path: file }, url ? { url } : {});
}

/** Whether this engine can run the compiled modules at all. */
export function webAssemblyWorks() {
  try {
    return typeof WebAssembly === 'object' && WebAssembly.validate(SIMD_PROBE);
  } catch {
    return false;
  }
}

// A module the engine can run but is not allowed to compile: a Content-Security-Policy without
// 'wasm-unsafe-eval' (validate() only reads the bytes, so it works even then).
function compilingBlocked() {
  try {
    new WebAssembly.Module(SIMD_PROBE); // compiling is the test
    return null;
  } catch (error) {
    return error;
  }
}

// The file's name from its address (a URL, or what a bundler made of one).
const fileName = (url) =>
  String(url.href ?? url)
    .split(/[?#]/)[0]
    .split('/')
    .pop();

// Node cannot fetch a path such as /_next/static/media/x.wasm: a framework bundled the package
// into server code and gave its files the addresses its browser pages use.
const BUNDLED_ON_A_SERVER =
  'In server code, leave the package out of the bundle (Next.js: serverExternalPackages: ' +
  "['iin-checker'] in next.config), or pass baseUrl (a folder on disk) or wasmBinaries.";

async function download(url) {
  const file = fileName(url);
  const href = String(url.href ?? url);
  const details = { file, url: href };
  if (isNode && url.protocol === 'file:') {
    try {
      return new Uint8Array(await readFileInNode(url));
    } catch (error) {
      const missing = error.code === 'ENOENT' || error.code === 'EISDIR';
      throw startError(
        missing ? 'file_missing' : 'load_failed',
        `could not read ${file} from ${href}: ${error.message}`,
        {
          ...details,
          cause: error,
        },
      );
    }
  }
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    const hint = isNode && !/^(https?|file):/.test(href) ? ` ${BUNDLED_ON_A_SERVER}` : '';
    throw startError('load_failed', `could not load ${file} from ${href}: ${error.message}.${hint}`, {
      ...details,
      cause: error,
    });
  }
  if (!response.ok) {
    throw startError('file_missing', `could not load ${file}: ${href} answered HTTP ${response.status}.`, details);
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

async function compile(bytes, file, expectedSha256) {
  if (!WASM_MAGIC.every((byte, i) => bytes[i] === byte)) {
    const start = new TextDecoder().decode(bytes.subarray(0, 15)).replace(/\s+/g, ' ');
    // An HTML page in its place: a server's "not found" page, or an application's fallback route.
    const page = start.trimStart().startsWith('<');
    throw startError(
      page ? 'file_missing' : 'corrupt_module',
      `${file} is not a WebAssembly module: it starts with "${start}". ` +
        (page
          ? 'The file is missing on the server, which answered with a page instead.'
          : 'Was it changed on the way?'),
      { file },
    );
  }
  // Where Web Crypto is available (https, localhost, Node), a file that is not this build's is refused.
  if (expectedSha256 && globalThis.crypto?.subtle) {
    const actual = await sha256(bytes);
    if (actual !== expectedSha256) {
      throw startError(
        'hash_mismatch',
        `${file} is not the file this version of the checker was built with ` +
          `(SHA-256 ${actual.slice(0, 16)}…, expected ${expectedSha256.slice(0, 16)}…): ` +
          'it is from another version (copy the whole folder of one version), or damaged.',
        { file },
      );
    }
  }
  try {
    return await WebAssembly.compile(bytes);
  } catch (error) {
    throw startError('corrupt_module', `${file} could not be compiled: ${error.message}`, { file, cause: error });
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
  const blocked = compilingBlocked();
  if (blocked) {
    throw startError(
      'wasm_blocked',
      "the page's Content-Security-Policy does not allow WebAssembly: add 'wasm-unsafe-eval' to its " +
        `script-src (the checker needs no 'unsafe-eval'). The browser said: ${blocked.message}`,
      { cause: blocked },
    );
  }
  const file = fileName(url);
  const compiled = await compile(bytes ? asBytes(bytes) : await download(url), file, expected);
  try {
    const { exports } = await WebAssembly.instantiate(compiled, {
      // The callers look at the memory's buffer on every call, so a grown memory needs nothing here.
      env: { emscripten_notify_memory_growth() {} },
      wasi_snapshot_preview1: {
        proc_exit(code) {
          throw new Error(`${file} stopped (${code})`);
        },
      },
    });
    exports._initialize();
    return exports;
  } catch (error) {
    throw startError('corrupt_module', `${file} could not start: ${error.message}`, { file, cause: error });
  }
}

const decoder = new TextDecoder();

/** The text a module's function answered: iin_output_size() bytes of UTF-8 (JSON) at `at`. */
export function outputText(core, at) {
  return decoder.decode(new Uint8Array(core.memory.buffer, at, core.iin_output_size()));
}
