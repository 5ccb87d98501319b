// For scripts/lint: one line per C++ file given, "<file> <key>", where the key is a hash of
// everything clang-tidy's findings on that file depend on: the file, every header of the project
// (the findings reach into them), .clang-tidy, the clang-tidy version and the file's compile
// command. A file whose key was stamped after a clean check need not be checked again.
//   node scripts/tidy-keys.mjs <compile_commands.json> <clang-tidy version> <file>...
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const [commandsFile, version, ...files] = process.argv.slice(2);
const root = process.cwd();
const commands = new Map(
  JSON.parse(readFileSync(commandsFile, 'utf8')).map((entry) => [
    path.resolve(entry.directory, entry.file),
    entry.command ?? entry.arguments.join(' '),
  ]),
);
const headers = execFileSync('git', ['ls-files', '*.hpp', '*.h'], { encoding: 'utf8' }).split('\n').filter(Boolean);
const shared = createHash('sha256').update(version).update(readFileSync('.clang-tidy'));
for (const header of headers) shared.update(header).update(readFileSync(header));
const sharedDigest = shared.digest('hex');
for (const file of files) {
  const key = createHash('sha256')
    .update(sharedDigest)
    .update(commands.get(path.resolve(root, file)) ?? 'not compiled')
    .update(readFileSync(file))
    .digest('hex');
  console.log(`${file} ${key}`);
}
