// Where the built site is: IIN_SITE_DIR, or build/site in the source tree.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const siteDir = path.resolve(process.env.IIN_SITE_DIR ?? path.join(root, 'build/site'));
export const siteModule = (file) => pathToFileURL(path.join(siteDir, file)).href;
// Modules built for tests only (wasm/CMakeLists.txt): IIN_TEST_MODULES, or build/wasm/test-modules.
export const testModulesDir = path.resolve(process.env.IIN_TEST_MODULES ?? path.join(root, 'build/wasm/test-modules'));
