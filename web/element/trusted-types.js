// Pages that enforce Trusted Types (Content-Security-Policy: require-trusted-types-for 'script')
// accept a script URL only as a TrustedScriptURL. The policy "iin-checker" vouches for our own
// scripts only: .js files on this page's origin. (A page that also lists allowed policies in a
// trusted-types directive must name iin-checker there.)

let policy;

function ownScript(text) {
  const parsed = new URL(text, location.href);
  if (parsed.origin !== location.origin || !parsed.pathname.endsWith('.js')) {
    throw new TypeError(`iin-checker runs only its own scripts, not ${text}`);
  }
  return parsed.href;
}

/** `url` as the Worker constructor or serviceWorker.register() will take it on this page. */
export function scriptUrl(url) {
  const factory = globalThis.trustedTypes;
  if (!factory?.createPolicy) return String(url);
  policy ??= factory.createPolicy('iin-checker', { createScriptURL: ownScript });
  return policy.createScriptURL(String(url));
}

/**
 * For the IIN Checker's own page only: a default policy that lets this site's scripts start as
 * workers, so "Check many" keeps its worker (bundlers need the plain new Worker(new URL(…))
 * form, which only a default policy can vouch for). A host page decides its own default policy.
 */
export function allowOwnScriptsByDefault() {
  const factory = globalThis.trustedTypes;
  if (factory?.createPolicy && !factory.defaultPolicy) factory.createPolicy('default', { createScriptURL: ownScript });
}
