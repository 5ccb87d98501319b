// The data the checklist engine reads, as JSON text: the rules and a mission profile, given as an
// object or text, or read from a file. The API and the element both read them here, so a file
// that cannot be had is the same error on every path: a RulesetError (code 'rules_unavailable',
// or 'too_large') or a ProfileError ('profile_unavailable', 'too_large'), with the file's `url`.

import { describe } from './arguments.js';
import { ProfileError, RulesetError, typeError } from './errors.js';
import { isNode, readFileInNode } from './node-files.js';

// The engine's own limits: a larger file is never copied into it.
const RULES_LIMIT = 1024 * 1024;
const PROFILE_LIMIT = 64 * 1024;

async function readText(url) {
  if (isNode && url.protocol === 'file:') return readFileInNode(url, 'utf8');
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`the server answered HTTP ${response.status}`);
  return response.text();
}

async function fileText(url, limit, Kind, unavailable) {
  const fail = (code, message, cause) =>
    Object.assign(new Kind(message, { code }), { url: url.href }, cause ? { cause } : {});
  let text;
  try {
    text = await readText(url);
  } catch (error) {
    throw fail(unavailable, `could not read ${url.href}: ${error?.message ?? error}`, error);
  }
  if (text.length > limit) throw fail('too_large', `${url.href} has ${text.length} characters; the limit is ${limit}`);
  return text;
}

function asText(value, path, expected) {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw typeError(path, `${path} must be ${expected} or its JSON text, not ${describe(value)}.`);
  }
  try {
    return JSON.stringify(value);
  } catch (error) {
    throw typeError(path, `${path} cannot be turned into JSON: ${error.message}`);
  }
}

/**
 * The ruleset's JSON text: `rules` (an object or JSON text), else the file at `url` (a URL), else
 * the rules `load()` resolves to (a bundler's module of the shipped file).
 */
export async function rulesText({ rules, url, load }) {
  if (rules !== undefined) return asText(rules, 'options.rules', 'a ruleset object');
  if (load) return JSON.stringify(await load());
  return fileText(url, RULES_LIMIT, RulesetError, 'rules_unavailable');
}

/** A mission profile's JSON text: `profile` (an object or JSON text), else the file at `url`, else undefined. */
export async function profileText({ profile, url }) {
  if (profile !== undefined) return asText(profile, 'options.profile', 'a mission profile object');
  if (url === undefined) return undefined;
  return fileText(url, PROFILE_LIMIT, ProfileError, 'profile_unavailable');
}
