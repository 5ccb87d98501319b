// Reads the JavaScript examples out of a README and turns each into a module that records the
// values its "// → …" comments describe, so tests/js/readme.test.mjs can run them and compare.
//
// A result comment starts with → after the statement it describes (on the same line or on the
// lines right after it, each starting with //) and is written like a JavaScript value, loosely:
//   { a, b: 1 }        an object with a key a (any value) and b equal to 1; other keys may exist
//   { c?, f(i) }       c may be missing; f is a function
//   [{ a }], [Source]  an array (maybe empty) whose every element is such; ['x'] exactly that array,
//   [x, y]             exactly two elements, [x, …] x first and maybe more
//   'text …'           a string; … stands for any text
//   'a' | 'b'          either; Uint8Array (a class) or Source (a name): an instance, or any object
//   a: 1, b: 2         the braces of the outermost object may be left out
// After the value, a remark starting with ':' or '(' is prose and is not compared.
// A block is skipped when the line before its fence is <!-- not run: why -->.

const FENCE = /^```(js|javascript)\s*$/;
const SKIP = /^<!--\s*not run:\s*(.+?)\s*-->$/;

/** Every ```js / ```javascript block: { line (of its first code line), code, skip (the reason, or null) }. */
export function jsBlocks(markdown) {
  const lines = markdown.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i += 1) {
    const fence = lines[i].match(/^```(\S*)/);
    if (!fence) continue;
    const end = lines.findIndex((line, j) => j > i && /^```\s*$/.test(line));
    if (end === -1) throw new Error(`line ${i + 1}: a code block that never ends`);
    if (FENCE.test(lines[i])) {
      const skip = (lines[i - 1] ?? '').trim().match(SKIP);
      blocks.push({ line: i + 2, code: lines.slice(i + 1, end).join('\n'), skip: skip ? skip[1] : null });
    }
    i = end;
  }
  return blocks;
}

/** A line's code and its // comment (null without one), quotes taken into account. */
function splitComment(line) {
  let quote = null;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quote) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') {
      quote = c;
    } else if (c === '/' && line[i + 1] === '/') {
      return { code: line.slice(0, i), comment: line.slice(i + 2).trim() };
    }
  }
  return { code: line, comment: null };
}

function depthChange(code) {
  let depth = 0;
  let quote = null;
  for (let i = 0; i < code.length; i += 1) {
    const c = code[i];
    if (quote) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) depth += 1;
    else if (')]}'.includes(c)) depth -= 1;
  }
  return depth;
}

/**
 * The block's statements, each { code, expected (the → comment's text, or null), line }.
 * A statement ends on a line whose code ends with ';' outside any bracket.
 */
export function statements(block) {
  const result = [];
  let current = null;
  let depth = 0;
  let last = null; // the statement a → comment on a comment-only line belongs to
  let arrow = null; // the statement whose → comment is being read
  block.code.split('\n').forEach((text, index) => {
    const line = block.line + index;
    const { code, comment } = splitComment(text);
    if (code.trim() === '') {
      if (comment === null) arrow = null;
      else if (arrow) arrow.expected += ` ${comment}`;
      else if (comment.startsWith('→')) {
        if (!last) throw new Error(`line ${line}: a result comment with no statement before it`);
        arrow = last;
        arrow.expected = comment.slice(1).trim();
      }
      return;
    }
    arrow = null;
    current ??= { code: '', expected: null, line };
    current.code += `${current.code ? '\n' : ''}${code.trimEnd()}`;
    depth += depthChange(code);
    const ended = depth === 0 && code.trim().endsWith(';');
    if (ended) {
      result.push(current);
      last = current;
      current = null;
    }
    if (comment?.startsWith('→')) {
      if (!ended) throw new Error(`line ${line}: a result comment inside a statement`);
      arrow = last;
      arrow.expected = comment.slice(1).trim();
    }
  });
  if (current) result.push(current);
  return result;
}

/**
 * The block as a module: each statement with a result comment hands its value to
 * globalThis[recorder](index, value). Names the block uses but does not declare come from
 * globalThis[givensName] (only those listed in `givens`).
 */
export function instrument(block, { recorder, givensName, givens }) {
  const list = statements(block);
  const declared = new Set(
    [...block.code.matchAll(/\b(?:const|let|var|import)\s*\{?\s*([A-Za-z_$][\w$]*)/g)].map((m) => m[1]),
  );
  const prelude = givens
    .filter((name) => !declared.has(name) && new RegExp(`\\b${name}\\b`).test(block.code))
    .map((name) => `const ${name} = globalThis.${givensName}.${name};`);
  const expectations = [];
  const body = list.map((statement) => {
    if (statement.expected === null) return statement.code;
    const index = expectations.push({ line: statement.line, text: statement.expected }) - 1;
    const declaration = statement.code.match(/^\s*(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=/);
    if (declaration) return `${statement.code}\nglobalThis.${recorder}(${index}, ${declaration[1]});`;
    return `globalThis.${recorder}(${index}, (${statement.code.trim().replace(/;$/, '')}));`;
  });
  // Imports first: a module's givens come after them.
  const imports = body.filter((code) => /^\s*import\b/.test(code));
  const rest = body.filter((code) => !/^\s*import\b/.test(code));
  return { source: [...imports, ...prelude, ...rest].join('\n'), expectations };
}

// ---- result comments ----

function tokenize(text) {
  const tokens = [];
  const re = /\s+|('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?)|([{}[\](),:|?])|(…)|([A-Za-z_$][\w$]*)|(.)/gy;
  let m;
  while ((m = re.exec(text)) !== null && m[0] !== '') {
    if (m[1]) tokens.push({ kind: 'string', value: m[1].slice(1, -1).replace(/\\(.)/g, '$1') });
    else if (m[2]) tokens.push({ kind: 'number', value: Number(m[2]) });
    else if (m[3]) tokens.push({ kind: m[3] });
    else if (m[4]) tokens.push({ kind: '…' });
    else if (m[5]) tokens.push({ kind: 'word', value: m[5] });
    else if (m[6]) tokens.push({ kind: 'other', value: m[6] });
    if (re.lastIndex >= text.length) break;
  }
  return tokens;
}

/** The pattern a result comment describes (see the top of this file). */
export function parseExpected(text) {
  const tokens = tokenize(text);
  let at = 0;
  const peek = (offset = 0) => tokens[at + offset]?.kind;
  const fail = (what) => {
    throw new Error(`cannot read the result comment "${text}": ${what} at token ${at + 1}`);
  };
  const take = (kind) => (peek() === kind ? tokens[at++] : fail(`expected ${kind}`));

  function entries(close) {
    const keys = [];
    while (peek() !== close) {
      if (peek() === '…') {
        at += 1;
      } else {
        const key = take('word').value;
        const entry = { key, optional: false, call: false, pattern: null };
        if (peek() === '(') {
          while (peek() !== ')' && at < tokens.length) at += 1;
          take(')');
          entry.call = true;
        }
        if (peek() === '?') {
          at += 1;
          entry.optional = true;
        }
        if (peek() === ':') {
          at += 1;
          entry.pattern = value();
        }
        keys.push(entry);
      }
      if (peek() === ',') at += 1;
      else if (peek() !== close) fail(`expected , or the end of the object`);
    }
    return { kind: 'object', keys };
  }

  function primary() {
    const token = tokens[at++];
    switch (token?.kind) {
      case '{': {
        const object = entries('}');
        take('}');
        return object;
      }
      case '[': {
        const items = [];
        let rest = false;
        while (peek() !== ']') {
          if (peek() === '…') {
            at += 1;
            rest = true;
          } else items.push(value());
          if (peek() === ',') at += 1;
          else if (peek() !== ']') fail('expected , or ]');
        }
        take(']');
        return { kind: 'array', items, rest };
      }
      case 'string':
        return token.value.includes('…')
          ? { kind: 'glob', text: token.value }
          : { kind: 'literal', value: token.value };
      case 'number':
        return { kind: 'literal', value: token.value };
      case 'word': {
        const literals = { true: true, false: false, null: null, undefined };
        if (token.value in literals) return { kind: 'literal', value: literals[token.value] };
        return { kind: 'type', name: token.value };
      }
      default:
        return fail('expected a value');
    }
  }

  function value() {
    const options = [primary()];
    while (peek() === '|') {
      at += 1;
      options.push(primary());
    }
    return options.length === 1 ? options[0] : { kind: 'either', options };
  }

  const bare = peek() === 'word' && (peek(1) === ':' || peek(1) === ',');
  const pattern = bare ? entries(undefined) : value();
  if (at < tokens.length && !(peek() === ':' || peek() === '(')) fail('unexpected text after the value');
  return pattern;
}

const show = (value) => {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

/** The differences between a value and a pattern: [] when it matches. */
export function mismatches(actual, pattern, where = 'the result') {
  switch (pattern.kind) {
    case 'literal':
      return Object.is(actual, pattern.value)
        ? []
        : [`${where} is ${show(actual)}, the README says ${show(pattern.value)}`];
    case 'glob': {
      const parts = pattern.text.split('…').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      return typeof actual === 'string' && new RegExp(`^${parts.join('[\\s\\S]*')}$`).test(actual)
        ? []
        : [`${where} is ${show(actual)}, the README says '${pattern.text}'`];
    }
    case 'type': {
      const type = globalThis[pattern.name];
      const ok = typeof type === 'function' ? actual instanceof type : typeof actual === 'object' && actual !== null;
      return ok ? [] : [`${where} is ${show(actual)}, the README says a ${pattern.name}`];
    }
    case 'either':
      return pattern.options.some((option) => mismatches(actual, option, where).length === 0)
        ? []
        : [`${where} is ${show(actual)}, which is none of the README's choices`];
    case 'array': {
      if (!Array.isArray(actual)) return [`${where} is ${show(actual)}, the README says an array`];
      const { items, rest } = pattern;
      if (items.length === 1 && !rest && !['literal', 'glob'].includes(items[0].kind)) {
        return actual.flatMap((element, i) => mismatches(element, items[0], `${where}[${i}]`));
      }
      if (rest ? actual.length < items.length : actual.length !== items.length) {
        return [`${where} has ${actual.length} elements, the README shows ${items.length}${rest ? ' or more' : ''}`];
      }
      return items.flatMap((item, i) => mismatches(actual[i], item, `${where}[${i}]`));
    }
    case 'object': {
      if (typeof actual !== 'object' || actual === null)
        return [`${where} is ${show(actual)}, the README says an object`];
      return pattern.keys.flatMap(({ key, optional, call, pattern: inner }) => {
        if (!(key in actual)) return optional ? [] : [`${where} has no ${key}`];
        if (call && typeof actual[key] !== 'function') return [`${where}.${key} is not a function`];
        return inner ? mismatches(actual[key], inner, `${where}.${key}`) : [];
      });
    }
    default:
      throw new Error(`unknown pattern ${pattern.kind}`);
  }
}
