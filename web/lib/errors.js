// The errors the API throws, each with a `code` (the same vocabulary as the C++, see
// wasm/include/iin/error.hpp) and a `path` that says where: a JSON Pointer into a ruleset, or
// the argument ("answers.birthDate", "options.expect"). Messages are English, for developers;
// pages translate by `code`.

/**
 * A ruleset was refused (`path` is the JSON Pointer of the problem), or could not be read at all
 * (`code` 'rules_unavailable').
 */
export class RulesetError extends Error {
  constructor(message, { code = 'invalid_value', path = '' } = {}) {
    super(
      code === 'rules_unavailable' ? `Rules unavailable: ${message}` : `Invalid ruleset: ${path || '/'}: ${message}`,
    );
    this.name = 'RulesetError';
    this.code = code;
    this.path = path;
  }
}

/**
 * A mission profile was refused (`path` is the JSON Pointer of the problem), or could not be read
 * at all (`code` 'profile_unavailable').
 */
export class ProfileError extends Error {
  constructor(message, { code = 'invalid_value', path = '' } = {}) {
    super(
      code === 'profile_unavailable'
        ? `Mission profile unavailable: ${message}`
        : `Invalid mission profile: ${path || '/'}: ${message}`,
    );
    this.name = 'ProfileError';
    this.code = code;
    this.path = path;
  }
}

function withDetails(error, code, path) {
  return Object.assign(error, { code, path });
}

/** A TypeError for an argument of the wrong type (or, with `code: 'unknown_key'`, an unknown option). */
export function typeError(path, message, code = 'wrong_type') {
  return withDetails(new TypeError(message), code, path);
}

/** A RangeError for an argument of the right type whose value is not allowed. */
export function rangeError(code, path, message) {
  return withDetails(new RangeError(message), code, path);
}

/**
 * The exception for an error the C++ reported as { code, path, message }: a RulesetError when
 * the rules were refused, a ProfileError when a mission profile was, a TypeError for a wrong type in an argument, a RangeError otherwise.
 */
export function fromCore({ code, path, message }, { inData = false, inProfile = false } = {}) {
  if (inProfile) return new ProfileError(message, { code, path });
  if (inData) return new RulesetError(message, { code, path });
  const text = path ? `${path}: ${message}` : message;
  return code === 'wrong_type' ? withDetails(new TypeError(text), code, path) : rangeError(code, path, text);
}
