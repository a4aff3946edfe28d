/**
 * Runs every script of examples/ the way a reader would (`node --import tsx examples/<name>.ts`)
 * and fails when one exits non-zero. The scripts documented in docs/getting-started.md must exist,
 * write nothing to stderr, print their key figures from the seed reports, and print the same output
 * on every run (no clock, no randomness).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const examplesDir = join(root, 'examples');

/** Figures each documented script must print (from the seed reports and DOMAIN.md). */
const keyFigures: Readonly<Record<string, readonly string[]>> = {
  // 成都 66.8% (seed-claims A01); 建设镇 zones 22.362 vs 22.32; 青山泉 71.42亩; 2024笔 vs 2054 (A08)
  'audit-a-report.ts': ['66.8%', '22.362亿元', '71.42亩', '2054笔', 'INCONSISTENT'],
  // 52.7万人 at 70% → 75.29万人 (A15); UN SDG 11.3.1 metadata: LCR 2.667%, PGR 1.215%, LCRPGR 2.19
  'urbanization-sdg.ts': ['75.29万人', '2.667%', '1.215%', '2.19'],
  // 40.3 / 60.3 = 66.8% (A01); 8.2亿 without a stated source (A02); 850 / 1665 = 51.05% (B06)
  'funding-structure.ts': ['66.8%', '8.2亿元', '51.05%', '100%'],
  // 白塔 283.4 − 116.7 = 166.7公顷; 成都 21.28万亩 (A04); 泗门 7200万元 / 1200亩 = 60000 (B26)
  'land-quotas.ts': ['166.7公顷', '2500.5亩', '21.28万亩', '60000', '7200万元'],
  // 建设镇 产业发展战区 2.98 / 4.38 = 68.0%; zones' completed 9.614亿 of 12.81亿 planned
  'project-portfolio.ts': ['68.0%', '9.614亿元', '12.81亿元', 'percentage points', '个百分点'],
  // real-text DP01: the components' growths give 12.473% and 9.564%, not 13.1% and 9.5%
  'read-a-bulletin.ts': ['-0.006', '5 claims checked, 2 inconsistent', '12.473%', '9.564%'],
  // an illustrative county table: 合计 rows audited; 42000 → 42021 residents is exactly +0.05 %
  'town-panel.ts': [
    '60 town-years',
    '→ consistent',
    'exact 0.1%, float64 0.0%',
    'NO_PREVIOUS_PERIOD 24',
  ],
};

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(file: string): Run {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(examplesDir, file)], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scripts = readdirSync(examplesDir, { withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
  .map((entry) => entry.name)
  .sort();

describe('examples/', () => {
  it('holds every script the documentation lists', () => {
    expect(scripts).toEqual(expect.arrayContaining(Object.keys(keyFigures)));
  });

  it.each(scripts)('%s runs and exits 0', (file) => {
    const { status, stdout, stderr } = run(file);
    expect(status, stderr).toBe(0);
    const figures = keyFigures[file];
    if (figures === undefined) return;
    expect(stderr).toBe('');
    for (const figure of figures) expect(stdout).toContain(figure);
  });

  it.each(Object.keys(keyFigures))('%s prints the same output on every run', (file) => {
    const first = run(file);
    const second = run(file);
    expect(first.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });
});
