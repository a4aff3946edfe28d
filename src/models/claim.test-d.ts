import { describe, expectTypeOf, it } from 'vitest';
import type { Claim, ClaimFigure, ClaimInput, DatasetClaimKind } from './index.js';
import { parseClaim } from './index.js';

describe('claim types', () => {
  it('discriminates the inputs by kind', () => {
    expectTypeOf<Claim['kind']>().toEqualTypeOf<DatasetClaimKind>();
    expectTypeOf<Extract<Claim, { kind: 'share' }>['inputs']>().toEqualTypeOf<
      Readonly<{ part: ClaimFigure; whole: ClaimFigure }>
    >();
    expectTypeOf<Extract<Claim, { kind: 'sum' }>['inputs']['parts']>().toEqualTypeOf<
      readonly ClaimFigure[]
    >();
    expectTypeOf<Extract<Claim, { kind: 'aggregate-growth' }>['inputs']['total']>().toEqualTypeOf<
      ClaimFigure | undefined
    >();
    expectTypeOf<Claim['stated']>().toEqualTypeOf<string>();
    expectTypeOf<Claim['period']>().toEqualTypeOf<string | undefined>();
    expectTypeOf(parseClaim).returns.toEqualTypeOf<Claim>();
  });

  it('accepts a figure as text or as an object in the input', () => {
    expectTypeOf<{
      id: 'c';
      townId: 't';
      kind: 'share';
      stated: '66.8%';
      inputs: { part: '40.3亿元'; whole: { text: '60.3亿元'; observationId: 'o' } };
      source: { document: 'd' };
    }>().toExtend<ClaimInput>();
    expectTypeOf<{ kind: 'share'; inputs: { parts: string[] } }>().not.toExtend<ClaimInput>();
  });
});
