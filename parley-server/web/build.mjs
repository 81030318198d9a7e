// Builds the web UI into a folder (the first argument): app.js bundled by esbuild from src/, the page, its
// styles, the bundled world map, and the licences of every package the bundle contains.

import { build } from 'esbuild';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const out = process.argv[2];
if (!out) {
  console.error('usage: node build.mjs OUTPUT_FOLDER');
  process.exit(2);
}
await mkdir(out, { recursive: true });

const result = await build({
  entryPoints: ['src/app.js'],
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  outfile: join(out, 'app.js'),
  metafile: true,
  logLevel: 'warning',
});

for (const file of ['index.html', 'app.css']) {
  await copyFile(file, join(out, file));
}
await copyFile('node_modules/world-atlas/countries-110m.json', join(out, 'countries-110m.json'));

// every npm package with a file in the bundle, and world-atlas, whose data is copied as it is
const packages = new Set(['world-atlas']);
for (const input of Object.keys(result.metafile.inputs)) {
  const match = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (match) packages.add(match[1]);
}
const notices = [];
for (const name of [...packages].sort()) {
  const folder = join('node_modules', name);
  const { version, license } = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8'));
  const licenceFile = (await readdir(folder)).find((f) => /^licen[cs]e/i.test(f));
  const text = licenceFile ? await readFile(join(folder, licenceFile), 'utf8') : `${license}\n`;
  notices.push(`${name} ${version} (${license})\n\n${text.trim()}\n`);
}
await writeFile(join(out, 'licenses.txt'),
  `The Parley web UI bundles these packages; their licences follow.\n\n${notices.join('\n----\n\n')}`);
