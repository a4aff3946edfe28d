import { describe, expect, it } from 'vitest';
import { expectCode } from '../../../tests/support/expectError.js';
import { irr } from './irr.js';
import { irrRoots } from './irrRoots.js';
import { npv } from './npv.js';

describe('irrRoots', () => {
  it('lists zero, one, two and three IRRs, ascending', () => {
    expect(irrRoots([1, 2])).toEqual([]);
    expect(irrRoots([-100, 39, 59, 55, 20]).map((r) => r.toFixed(5))).toEqual(['0.28095']);
    // −100 + 230/(1+r) − 132/(1+r)² = 0 at 1 + r = 1.1 and 1.2.
    expect(irrRoots([-100, 230, -132]).map(String)).toEqual(['0.1', '0.2']);
    // −1 + 6x − 11x² + 6x³ = (x − 1)(2x − 1)(3x − 1) with x = 1/(1 + r): r = 0, 1, 2.
    expect(irrRoots([-1, 6, -11, 6]).map(String)).toEqual(['0', '1', '2']);
  });

  it('lists a double root once', () => {
    // −1 + 2x − x² = −(x − 1)²: r = 0 twice.
    expect(irrRoots([-1, 2, -1]).map(String)).toEqual(['0']);
  });

  it('gives roots where the NPV is zero to within 1e-30 of the rate', () => {
    for (const root of irrRoots([-1000, 6500, -12000, 6700])) {
      const value = npv(root, [-1000, 6500, -12000, 6700], { convention: 'numpy' });
      expect(value.abs().lte('1e-25')).toBe(true);
    }
  });

  it('rejects what is not a list of amounts', () => {
    expectCode(() => irrRoots('x' as unknown as number[]), 'INVALID_ARGUMENT');
    expectCode(() => irrRoots(['a']), 'INVALID_NUMBER');
  });
});

describe('irr options.select', () => {
  const two = [-100, 400, -380, 0]; // roots 0.5528 and 1.4472 (1 + r = 2 ± √0.2)

  it('picks the root nearest the guess, or the one the peers iterate to', () => {
    expect(irr(two).toFixed(4)).toBe('0.5528');
    expect(irr(two, { select: 'excel' }).toFixed(4)).toBe('0.5528');
    // numpy-financial 1.0 starts from inflows / outflows − 1 = 400 / 480 − 1 and reaches 1.4472.
    expect(irr(two, { select: 'numpy' }).toFixed(4)).toBe('1.4472');
    expect(irr(two, { select: 'numpy', guess: '0.1' }).toFixed(4)).toBe('0.5528');
  });

  it("says how many IRRs there are with 'unique'", () => {
    expectCode(
      () => irr([-100, 230, -132], { select: 'unique' }),
      'NO_SOLUTION',
      'irr: no solution: the cash flows have 2 internal rates of return: 0.1, 0.2',
    );
    expect(irr([-100, 39, 59, 55, 20], { select: 'unique' }).toFixed(5)).toBe('0.28095');
  });

  it('is NO_SOLUTION where the peer iteration fails, INVALID_ARGUMENT for an unknown rule', () => {
    // Excel's Newton from 10 % leaves the domain for −506, 1866, −1000 (roots −34.9 % and 203.7 %).
    expectCode(() => irr([-506, 1866, -1000], { select: 'excel' }), 'NO_SOLUTION');
    expect(irrRoots([-506, 1866, -1000]).map((r) => r.toFixed(3))).toEqual(['-0.349', '2.037']);
    expectCode(() => irr(two, { select: 'first' as 'excel' }), 'INVALID_ARGUMENT');
  });
});
