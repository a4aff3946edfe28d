/**
 * Read a bulletin as printed: every figure, every checkable claim, each audited exactly, with the
 * span of the words that make it (what a UI would highlight).
 *
 * The text is the 2015 statistical bulletin of a county in 黔东南州 (examples/data/bulletin-2015.txt,
 * from https://www.qdndz.gov.cn/zwgk/zfsj/tjxx/tjgb/202303/t20230321_78642252.html), as printed.
 *
 * Run from a clone of the repository: `npx tsx examples/read-a-bulletin.ts`.
 * This script imports the library from source; in your own project the import is
 * `from 'town-indicators'`.
 */
import { readFileSync } from 'node:fs';
import { auditText, extractFigures, parseFigure } from '../src/index.js';

const text = readFileSync(new URL('./data/bulletin-2015.txt', import.meta.url), 'utf8');

// One figure, as the reader sees it.
const fall = parseFigure('下降0.6%');
console.log(`下降0.6% → ${fall.kind} ${fall.kind === 'rate' ? fall.value.toString() : ''}`);

// Every figure of the passage, with the indicator it belongs to.
const figures = extractFigures(text);
console.log(`\n${figures.length} figures; the first five:`);
for (const f of figures.slice(0, 5)) {
  console.log(`  [${f.start}, ${f.end}) ${text.slice(f.start, f.end)}  ${f.label ?? ''}`);
}

// Every checkable claim, audited.
const audit = auditText(text, { locale: 'zh' });
console.log(`\n${audit.checked} claims checked, ${audit.inconsistent.length} inconsistent:`);
for (const { claim, result } of audit.claims) {
  const verdict = result.consistent ? '一致' : '不一致';
  console.log(
    `  ${verdict}  ${claim.kind}  [${claim.start}, ${claim.end})  ${text.slice(claim.stated.start, claim.stated.end)}`,
  );
  if (!result.consistent) console.log(`         ${result.explanation}`);
}
