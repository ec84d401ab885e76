// Bundles the command line into one file, dist/cli/main.bundle.js: loading one
// module instead of a few hundred small ones makes every run start faster.
// The worker pool and the progress bar stay external: only batch runs load them.
import {build} from 'esbuild'

await build({
  entryPoints: ['dist/cli/main.js'],
  outfile: 'dist/cli/main.bundle.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['piscina', 'cli-progress'],
  // commander and picomatch are CommonJS: give their require() calls a real require.
  banner: {js: "import {createRequire as createBundleRequire} from 'node:module'; const require = createBundleRequire(import.meta.url);"},
  logLevel: 'warning'
})
