import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../numbers/decimal.js';
import type { Quantity } from '../units/quantity.js';
import {
  type Dataset,
  type DatasetInput,
  type FundingSource,
  type Indicator,
  type LandQuota,
  type Observation,
  type ObservationValue,
  type Project,
  parseDataset,
  parseTown,
  type SafeParseResult,
  safeParseDataset,
  type Town,
  type TownInput,
  type ValidationIssue,
} from './index.js';

describe('model types', () => {
  it('parsed models hold Quantities, Decimals and code unions', () => {
    expectTypeOf<Town['area']>().toEqualTypeOf<Quantity | undefined>();
    expectTypeOf<Town['levels'][number]>().toEqualTypeOf<
      | 'central-town'
      | 'provincial-central-town'
      | 'municipal-central-town'
      | 'small-city'
      | 'characteristic-town'
      | 'pilot-town'
      | 'key-town'
    >();
    expectTypeOf<Project['totalInvestment']>().toEqualTypeOf<Quantity | undefined>();
    expectTypeOf<FundingSource['status']>().toEqualTypeOf<'planned' | 'committed' | 'received'>();
    expectTypeOf<LandQuota['area']>().toEqualTypeOf<Quantity>();
    expectTypeOf<Observation['value']>().toEqualTypeOf<ObservationValue>();
    expectTypeOf<Observation['growth']>().toEqualTypeOf<Decimal | undefined>();
    expectTypeOf<Observation['period']>().toEqualTypeOf<string>();
    expectTypeOf<Observation['status']>().toEqualTypeOf<'actual' | 'estimated' | 'planned'>();
  });

  it('parsed models are read-only', () => {
    const town = parseTown({ id: 't', name: 'a' });
    // @ts-expect-error the output is readonly
    town.name = 'b';
    // @ts-expect-error arrays are readonly
    town.levels.push('key-town');
    expectTypeOf(parseDataset({}).observations).toEqualTypeOf<Dataset['observations']>();
  });

  it('input types accept the file forms', () => {
    const input: DatasetInput = {
      schemaVersion: 1,
      towns: [{ id: 't', name: '建设镇', area: '65.84平方公里', levels: ['中心镇'] }],
      observations: [
        { townId: 't', indicator: 'gdp', period: '2011', value: { value: '1', unit: '亿元' } },
        { townId: 't', indicator: 'urbanization-rate', period: '2011', value: '49%', growth: 0.1 },
      ],
    };
    expectTypeOf(input).toExtend<DatasetInput>();
    expectTypeOf<{ id: string; name: string }>().toExtend<TownInput>();
    // a parsed dataset is valid input again
    expectTypeOf<Dataset>().toExtend<DatasetInput>();
  });

  it('safeParse results discriminate on success', () => {
    const result = safeParseDataset({});
    expectTypeOf(result).toEqualTypeOf<SafeParseResult<Dataset>>();
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Dataset>();
    else expectTypeOf(result.error.code).toBeString();
    expectTypeOf<ValidationIssue['path']>().toEqualTypeOf<string>();
    expectTypeOf<Dataset['indicators'][number]>().toExtend<Indicator>();
  });
});
