/**
 * `npm run test:mutation`, second half: one-line mutants named by the issues that Stryker's
 * mutators do not make (reversing an order) or that must stay killed, applied one at a time to the
 * source, each checked against the tests that should kill it. Exit 1 when one survives.
 *
 * Usage: `npx tsx scripts/named-mutants.ts` (the working tree is restored after each mutant).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Mutant {
  readonly name: string;
  readonly file: string;
  readonly from: string;
  readonly to: string;
  readonly tests: readonly string[];
}

const MUTANTS: readonly Mutant[] = [
  {
    name: 'the comparison rule prefers the previous figure of the same status (order reversed)',
    file: 'src/dataset/compareObservation.ts',
    from: "['actual', 'estimated', 'planned']",
    to: "['planned', 'estimated', 'actual']",
    tests: ['tests/comparison-rule.test.ts', 'src/dataset'],
  },
  {
    name: 'a stated growth on another price basis is recomputed from the levels',
    file: 'src/dataset/compareObservation.ts',
    from: 'growthRecomputable: previous !== undefined && sameBasis',
    to: 'growthRecomputable: previous !== undefined',
    tests: ['tests/comparison-rule.test.ts', 'src/dataset'],
  },
  {
    name: '>= becomes > at the rounding edge of the audit (a range ending at s − ½ unit)',
    file: 'src/audit/internal/ranges.ts',
    from: 'const lowerOk = s > 0 ? compare(high, from) >= 0',
    to: 'const lowerOk = s > 0 ? compare(high, from) > 0',
    tests: ['src/audit'],
  },
  {
    name: '< becomes <= at the upper rounding edge of the audit (a range starting at s + ½ unit)',
    file: 'src/audit/internal/ranges.ts',
    from: ': compare(low, to) < 0;',
    to: ': compare(low, to) <= 0;',
    tests: ['src/audit'],
  },
  {
    name: 'half up becomes half down in the exact rounding of the audit',
    file: 'src/numbers/rational.ts',
    from: 'const rounded = (2n * magnitude + scaled.d) / (2n * scaled.d);',
    to: 'const rounded = (2n * magnitude + scaled.d - 1n) / (2n * scaled.d);',
    tests: ['src/audit'],
  },
];

let survived = 0;
for (const mutant of MUTANTS) {
  const path = `${root}${mutant.file}`;
  const original = readFileSync(path, 'utf8');
  const count = original.split(mutant.from).length - 1;
  if (count !== 1) {
    console.log(`✗ ${mutant.name}: the text to mutate occurs ${count} times in ${mutant.file}`);
    survived += 1;
    continue;
  }
  writeFileSync(path, original.replace(mutant.from, mutant.to));
  try {
    const run = spawnSync(
      process.execPath,
      [
        `${root}node_modules/vitest/vitest.mjs`,
        'run',
        '--config',
        'vitest.mutation.config.ts',
        ...mutant.tests,
      ],
      { cwd: root, encoding: 'utf8' },
    );
    const killed = run.status !== 0;
    if (!killed) survived += 1;
    console.log(`${killed ? '✓ killed  ' : '✗ SURVIVED'} ${mutant.name} (${mutant.file})`);
  } finally {
    writeFileSync(path, original);
  }
}
console.log(`${MUTANTS.length - survived} of ${MUTANTS.length} named mutants killed`);
if (survived > 0) process.exit(1);
