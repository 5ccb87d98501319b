// The standalone page's scripts, bundled. web/page/ is the page's readable source; the element's
// and the API's modules it imports are the npm package's, assembled in the site folder (with
// generated/). A first visit then fetches a few files instead of some fifty small ones, which also
// compress better together. In page/:
//   main.js                  the page and the element up to the first check, with the chunks it
//                            imports (index.html preloads them)
//   on-demand-*.js           what the element and the API load with import() when first used:
//                            "My documents", the take-away card, the checklist engine
//   on-demand-many-*.js      the same for "Check many", which a first visit does not keep (later)
//   words-<language>-*.js    one language's words each
//   many-worker.js           "Check many"'s worker
//   chunk-*.js               code that two or three of main.js, on-demand and the worker share,
//                            one file per set of sharers (esbuild's code splitting): the worker
//                            reuses the page's Check many code instead of carrying its own copy
// vendor/ (the .xlsx reader and writer) stays a file of its own, loaded when first used; so does
// Check many's compiled module (iin-many-core.wasm), which the page and the worker start.
import path from 'node:path';

// What the modules load with import(), as files of the site, in two modules: "My documents" and
// the take-away card (kept offline on a first visit), and "Check many" (kept once first used, as
// its compiled module is).
const ON_DEMAND = {
  'on-demand': [
    'element/documents-view.js',
    'element/take-away.js',
    'lib/checklist.js',
    'lib/checker.js',
    'lib/checklist-core.js',
  ],
  'on-demand-many': ['element/many-view.js', 'lib/many-checker.js'],
};
const ON_DEMAND_FILES = Object.values(ON_DEMAND).flat();
const WORDS = /^generated\/words-[a-z]+\.js$/;
const VENDOR = /^vendor\//;

// Imports from web/page/ that leave it lead to the site's files, where generated/ is. The page's
// own modules run for their effects (web/package.json's "sideEffects" speaks for the package).
function pageSources(web, site) {
  const page = path.join(web, 'page') + path.sep;
  return {
    name: 'page-sources',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, ({ path: wanted, importer, resolveDir }) => {
        if (!importer.startsWith(page)) return undefined;
        const file = path.resolve(resolveDir, wanted);
        return file.startsWith(page)
          ? { path: file, sideEffects: true }
          : { path: path.join(site, path.relative(web, file)) };
      });
    },
  };
}

// Every import() of ON_DEMAND is one module that re-exports them all (their names must not clash).
function onDemandAsOne(site, exportsOf) {
  return {
    name: 'on-demand-as-one',
    setup(build) {
      build.onResolve({ filter: /.*/ }, ({ kind, path: wanted, resolveDir, importer }) => {
        if (kind !== 'dynamic-import') return undefined;
        const file = path.relative(site, path.resolve(resolveDir, wanted)).split(path.sep).join('/');
        const group = Object.keys(ON_DEMAND).find((name) => ON_DEMAND[name].includes(file));
        if (group) return { path: group, namespace: 'on-demand' };
        if (WORDS.test(file)) return undefined;
        if (VENDOR.test(file)) return { path: wanted, external: true }; // page/ is one level deep, as element/ is
        return {
          errors: [{ text: `import('${wanted}') in ${importer}: add ${file} to ON_DEMAND in ${import.meta.url}` }],
        };
      });
      build.onLoad({ filter: /.*/, namespace: 'on-demand' }, ({ path: group }) => ({
        contents: ON_DEMAND[group]
          .map((file) => `export { ${exportsOf[file].join(', ')} } from './${file}';`)
          .join('\n'),
        resolveDir: site,
      }));
    },
  };
}

// Each ON_DEMAND module's export names; an error if two share one.
async function onDemandExports(build, site) {
  const { metafile } = await build({
    entryPoints: ON_DEMAND_FILES.map((file) => path.join(site, file)),
    outdir: path.join(site, 'unused'),
    write: false,
    metafile: true,
    format: 'esm',
    logLevel: 'silent',
  });
  const exportsOf = {};
  const owner = {};
  for (const output of Object.values(metafile.outputs)) {
    const file = path.relative(site, path.resolve(output.entryPoint)).split(path.sep).join('/');
    exportsOf[file] = output.exports;
    for (const name of output.exports) {
      if (owner[name])
        throw new Error(`${owner[name]} and ${file} both export ${name}: the page loads them as one module`);
      owner[name] = file;
    }
  }
  return exportsOf;
}

const OPTIONS = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  charset: 'utf8',
  minify: true,
  legalComments: 'eof', // the third-party licences
  write: false,
  logLevel: 'warning',
};

/**
 * Bundles web/page/main.js and the worker into <site>/page/ (the files are returned, not written).
 * `build` is esbuild's. Resolves to { outputs: esbuild's output files, files: the page's scripts,
 * eager: the chunks main.js imports, words: { en: file, … }, later: the files only Check many needs },
 * paths from the site folder.
 */
export async function bundlePage({ build, web: webFolder, site: siteFolder }) {
  const [web, site] = [path.resolve(webFolder), path.resolve(siteFolder)];
  const outdir = path.join(site, 'page');
  const exportsOf = await onDemandExports(build, site);
  const page = await build({
    ...OPTIONS,
    entryPoints: { main: path.join(web, 'page/main.js'), 'many-worker': path.join(site, 'element/many-worker.js') },
    outdir,
    splitting: true,
    chunkNames: '[name]-[hash]',
    metafile: true,
    plugins: [pageSources(web, site), onDemandAsOne(site, exportsOf)],
  });
  const outputs = page.outputFiles;
  const fromSite = (file) => path.relative(site, path.resolve(file)).split(path.sep).join('/');
  const chunks = Object.fromEntries(
    Object.entries(page.metafile.outputs).map(([file, output]) => [fromSite(file), output]),
  );
  const eager = [];
  const follow = (file) => {
    for (const { path: imported, kind } of chunks[file].imports) {
      const chunk = fromSite(imported);
      if (kind !== 'import-statement' || eager.includes(chunk)) continue;
      eager.push(chunk);
      follow(chunk);
    }
  };
  follow('page/main.js');
  const words = {};
  for (const output of outputs) {
    const language = path.basename(output.path).match(/^words-([a-z]+)-/)?.[1];
    if (language) words[language] = fromSite(output.path);
  }
  // What a first visit leaves for later: the files reached only through Check many's module or the
  // worker (which starts from a URL, not an import).
  const reached = new Set();
  const reach = (file) => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const { path: imported } of chunks[file].imports) {
      const chunk = fromSite(imported);
      if (chunks[chunk] && !/^page\/on-demand-many-/.test(chunk)) reach(chunk);
    }
  };
  reach('page/main.js');
  const files = outputs.map((output) => fromSite(output.path));
  return { outputs, files, eager, words, later: files.filter((file) => !reached.has(file)) };
}

/** esbuild options that take web/page/main.js as the entry, for a build of the page in other shapes. */
export const pageEntry = (web, site) => ({
  entryPoints: [path.resolve(web, 'page/main.js')],
  plugins: [pageSources(path.resolve(web), path.resolve(site))],
});
