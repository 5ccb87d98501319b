// import() of a module whose address is known only at run time (an element's base-url), kept
// out of bundlers' way: they would try to bundle it. The site build copies this file as it is,
// so that its magic comments stay.

/** The module at `url` (a URL or a string). */
export const importUrl = (url) => import(/* @vite-ignore */ /* webpackIgnore: true */ String(url));
