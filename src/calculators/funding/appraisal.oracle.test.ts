/**
 * The appraisal functions against an independent oracle: every expected value below was computed
 * with mpmath 1.3 at 80 significant digits (the formulas of the Excel / OpenFormula reference,
 * mpmath.findroot for the roots) and rounded to 34 significant digits. The library's results must
 * equal them digit for digit: correctly rounded, not merely close.
 */
import { describe, expect, it } from 'vitest';
import { effect } from './effect.js';
import { EXCEL_FLOWS } from './excelCases.testing.js';
import { fv } from './fv.js';
import { ipmt } from './ipmt.js';
import { irrRoots } from './irrRoots.js';
import { mirr } from './mirr.js';
import { nominal } from './nominal.js';
import { nper } from './nper.js';
import { pmt } from './pmt.js';
import { ppmt } from './ppmt.js';
import { pv } from './pv.js';
import { rate } from './rate.js';
import { xirr } from './xirr.js';
import { xnpv } from './xnpv.js';

describe('appraisal functions, to the last of 34 digits (mpmath at 80 digits)', () => {
  it.each([
    [
      'pmt(0.006, 360, 350000)',
      () => pmt('0.006', 360, 350000),
      '-2375.758733136125802781036791634299',
    ],
    [
      'pmt(0.006, 360, 350000, fv −50000, begin)',
      () => pmt('0.006', 360, 350000, { fv: -50000, when: 'begin' }),
      '-2322.430048113711277575436062170661',
    ],
    [
      'pv(0.031, 17, −1234.56, fv 1000)',
      () => pv('0.031', 17, '-1234.56', { fv: 1000 }),
      '15529.13389239335263500750765064981',
    ],
    [
      'fv(0.0045, 240, −800, pv −20000, begin)',
      () => fv('0.0045', 240, -800, { pv: -20000, when: 'begin' }),
      '404755.1695137096446675238261259975',
    ],
    [
      'nper(0.0065, −2500, 300000, fv −1000, begin)',
      () => nper('0.0065', -2500, 300000, { fv: -1000, when: 'begin' }),
      '229.8056088456534174956138835669206',
    ],
    [
      'ipmt(0.006, 7, 360, 350000, begin)',
      () => ipmt('0.006', 7, 360, 350000, { when: 'begin' }),
      '-2077.457832246372144815084503927814',
    ],
    [
      'ppmt(0.006, 7, 360, 350000)',
      () => ppmt('0.006', 7, 360, 350000),
      '-285.836153896275425097061780682918',
    ],
    ['effect(0.0725, 12)', () => effect('0.0725', 12), '0.07495829742132771922628379346130041'],
    ['nominal(0.0725, 12)', () => nominal('0.0725', 12), '0.07019689143174784909476478634635398'],
    [
      'xnpv(0.09, Excel flows)',
      () => xnpv('0.09', EXCEL_FLOWS),
      '2086.647602031536621663610094314144',
    ],
    ['xirr(Excel flows)', () => xirr(EXCEL_FLOWS), '0.3733625335188315103084554119145548'],
    [
      'mirr(Excel MIRR flows, 10 %, 12 %)',
      () => mirr([-120000, 39000, 30000, 21000, 37000, 46000], '0.1', '0.12'),
      '0.1260941303659051458284218800503109',
    ],
    ['rate(48, −200, 8000)', () => rate(48, -200, 8000), '0.007701472488202043815969130104399992'],
  ] as const)('%s', (_, compute, expected) => {
    expect(compute().toString()).toBe(expected);
  });

  it('irrRoots of flows with three IRRs', () => {
    expect(irrRoots([-1000, 6500, -12000, 6700]).map(String)).toEqual([
      '0.1273480242005127672363484341863383',
      '0.5579661592546138744996192242855238',
      '2.814685816544873358264032341528138',
    ]);
  });
});
