// Pages that enforce Trusted Types (Content-Security-Policy: require-trusted-types-for 'script')
// accept a script URL only as a TrustedScriptURL. Every script URL the checker makes (its
// "Check many" worker, the page's service worker) goes through one policy, "iin-checker", which
// vouches for .js files on the page's own origin only. A page that lists the policies it allows
// (trusted-types …) must name iin-checker there; when it does not, trustedScriptPolicy() throws.

let policy; // the policy, null where the browser has no Trusted Types, or the error that kept it out

function ownScript(text) {
  const parsed = new URL(text, location.href);
  if (parsed.origin !== location.origin || !/\.m?js$/.test(parsed.pathname)) {
    throw new TypeError(`iin-checker runs only its own scripts, not ${text}`);
  }
  return parsed.href;
}

/**
 * The "iin-checker" policy; null where the browser has no Trusted Types. Throws a TypeError when
 * the page's trusted-types directive does not allow it (again on every call: it is made once).
 */
export function trustedScriptPolicy() {
  if (policy === undefined) {
    const factory = globalThis.trustedTypes;
    try {
      policy = factory?.createPolicy ? factory.createPolicy('iin-checker', { createScriptURL: ownScript }) : null;
    } catch (error) {
      policy = error;
    }
  }
  if (policy instanceof Error) throw policy;
  return policy;
}

/** `url` as the Worker constructor or serviceWorker.register() will take it on this page. */
export function scriptUrl(url) {
  return trustedScriptPolicy()?.createScriptURL(String(url)) ?? String(url);
}

/**
 * Runs `start`, which calls new Worker(new URL('…', import.meta.url), …) as bundlers need it
 * written (they find the worker's code by that form), with the URL passed through the policy:
 * for that one synchronous call, Worker is a subclass that does so.
 */
export function withTrustedWorkers(start) {
  const trusted = trustedScriptPolicy();
  if (!trusted) return start();
  const Native = globalThis.Worker;
  globalThis.Worker = class extends Native {
    constructor(url, options) {
      super(trusted.createScriptURL(String(url)), options);
    }
  };
  try {
    return start();
  } finally {
    globalThis.Worker = Native;
  }
}
