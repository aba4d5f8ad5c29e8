// Times Mozilla Readability (with jsdom) per page, for the side-by-side speed comparison of
// ./scorer evaluate boilerplate --speed. Usage: node readability-bench.mjs LIST_FILE RUNS
// LIST_FILE holds one HTML path per line. Prints one JSON line: {"pages", "runsMs": [...], "empty"}.
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const [listFile, runsArg] = process.argv.slice(2);
const files = readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
const pages = files.map(f => readFileSync(f, 'utf8'));
const runs = Number(runsArg || 5);
const quiet = new VirtualConsole();

function once() {
  let empty = 0;
  for (const html of pages) {
    try {
      const dom = new JSDOM(html, { virtualConsole: quiet });
      const article = new Readability(dom.window.document).parse();
      if (!article || !article.textContent) empty++;
      dom.window.close();
    } catch (e) {
      empty++;
    }
  }
  return empty;
}

once(); // warm-up
const runsMs = [];
let empty = 0;
for (let r = 0; r < runs; r++) {
  const t0 = process.hrtime.bigint();
  empty = once();
  runsMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
console.log(JSON.stringify({ pages: pages.length, runsMs, empty }));
