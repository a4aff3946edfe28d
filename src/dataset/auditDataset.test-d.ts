import { describe, expectTypeOf, it } from 'vitest';
import type { AuditResult } from '../audit/types.js';
import type { ErrorCode } from '../errors.js';
import type { Dataset } from '../models/dataset.js';
import { type AuditDatasetOptions, auditDataset, type DatasetAuditEntry } from './index.js';

describe('auditDataset types', () => {
  it('returns readonly entries that narrow on ok', () => {
    expectTypeOf(auditDataset).parameters.toEqualTypeOf<[Dataset, AuditDatasetOptions?]>();
    expectTypeOf(auditDataset).returns.toEqualTypeOf<readonly DatasetAuditEntry[]>();
    const entry = {} as DatasetAuditEntry;
    if (entry.ok) expectTypeOf(entry.result).toEqualTypeOf<AuditResult>();
    else expectTypeOf(entry.error.code).toEqualTypeOf<ErrorCode>();
    expectTypeOf(entry.subject).toEqualTypeOf<'claim' | 'observation'>();
  });
});
