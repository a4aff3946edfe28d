import { INDICATOR_DIMENSIONS, type Indicator, isStandardIndicator } from './indicators.js';
import { addModelIssue, type IssueSink } from './issueSink.js';
import { checkDimensions } from './observation.js';

// The cross-checks of a dataset. They run even when parts of the dataset failed validation, so
// they read the partly parsed value defensively: only string ids and references are compared.

type Item = Readonly<Record<string, unknown>>;

interface Entry {
  readonly index: number;
  readonly item: Item;
}

type Path = readonly PropertyKey[];

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function entriesOf(dataset: Item, collection: string): readonly Entry[] {
  const list = dataset[collection];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown, index) =>
    typeof item === 'object' && item !== null && !Array.isArray(item)
      ? [{ index, item: item as Item }]
      : [],
  );
}

function indexBy(
  ctx: IssueSink,
  collection: string,
  entries: readonly Entry[],
  field: string,
): ReadonlyMap<string, Entry> {
  const byKey = new Map<string, Entry>();
  for (const entry of entries) {
    const key = text(entry.item[field]);
    if (key === undefined) continue;
    const first = byKey.get(key);
    if (first === undefined) byKey.set(key, entry);
    else {
      addModelIssue(
        ctx,
        'duplicate_id',
        `duplicate ${field} "${key}" (first at $.${collection}[${first.index}])`,
        [collection, entry.index, field],
      );
    }
  }
  return byKey;
}

function resolve(
  ctx: IssueSink,
  path: Path,
  id: string | undefined,
  targets: ReadonlyMap<string, Entry>,
  what: string,
): Entry | undefined {
  if (id === undefined) return undefined;
  const target = targets.get(id);
  if (target === undefined) {
    addModelIssue(
      ctx,
      'unknown_reference',
      `unknown ${what} "${id}": no ${what} has this id`,
      path,
    );
  }
  return target;
}

function sameTown(
  ctx: IssueSink,
  path: Path,
  own: Item,
  target: Entry | undefined,
  what: string,
): void {
  if (target === undefined) return;
  const ownTown = text(own.townId);
  const targetTown = text(target.item.townId);
  if (ownTown === undefined || targetTown === undefined || ownTown === targetTown) return;
  addModelIssue(
    ctx,
    'inconsistent_reference',
    `${what} "${text(target.item.id) ?? ''}" belongs to town "${targetTown}", not to "${ownTown}"`,
    path,
  );
}

// Reports every entity on a loop of `field` references (parentId, partOf), in O(n).
function checkCycles(
  ctx: IssueSink,
  collection: string,
  byId: ReadonlyMap<string, Entry>,
  field: string,
): void {
  const state = new Map<string, 'walking' | 'done'>();
  const onCycle = new Map<string, readonly string[]>();
  for (const start of byId.keys()) {
    const path: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && state.get(current) === undefined && byId.has(current)) {
      state.set(current, 'walking');
      path.push(current);
      current = text(byId.get(current)?.item[field]);
    }
    if (current !== undefined && state.get(current) === 'walking') {
      const loop = path.slice(path.indexOf(current));
      for (const id of loop) onCycle.set(id, loop);
    }
    for (const id of path) state.set(id, 'done');
  }
  for (const [id, loop] of onCycle) {
    const entry = byId.get(id);
    if (entry === undefined) continue;
    const from = loop.indexOf(id);
    const chain = [...loop.slice(from), ...loop.slice(0, from), id].join(' → ');
    addModelIssue(ctx, 'reference_cycle', `${field} references loop: ${chain}`, [
      collection,
      entry.index,
      field,
    ]);
  }
}

function declaredIndicators(ctx: IssueSink, dataset: Item): ReadonlyMap<string, Indicator> {
  const entries = entriesOf(dataset, 'indicators');
  for (const { index, item } of entries) {
    const code = text(item.code);
    if (code !== undefined && isStandardIndicator(code)) {
      addModelIssue(
        ctx,
        'duplicate_id',
        `indicator "${code}" is a standard indicator; declare custom codes only`,
        ['indicators', index, 'code'],
      );
    }
  }
  const declared = new Map<string, Indicator>();
  for (const [code, { item }] of indexBy(ctx, 'indicators', entries, 'code')) {
    const dimension = text(item.dimension);
    if (
      dimension !== undefined &&
      (INDICATOR_DIMENSIONS as readonly string[]).includes(dimension)
    ) {
      declared.set(code, item as unknown as Indicator);
    }
  }
  return declared;
}

function checkObservations(
  ctx: IssueSink,
  dataset: Item,
  towns: ReadonlyMap<string, Entry>,
): ReadonlyMap<string, Entry> {
  const declared = declaredIndicators(ctx, dataset);
  const observations = entriesOf(dataset, 'observations');
  const byId = indexBy(ctx, 'observations', observations, 'id');
  const seen = new Map<string, number>();
  for (const { index, item } of observations) {
    const at = (field: string): Path => ['observations', index, field];
    resolve(ctx, at('townId'), text(item.townId), towns, 'town');
    const code = text(item.indicator);
    if (code !== undefined && !isStandardIndicator(code)) {
      const indicator = declared.get(code);
      if (indicator === undefined) {
        addModelIssue(
          ctx,
          'unknown_indicator',
          `unknown indicator "${code}": neither standard nor declared in indicators`,
          at('indicator'),
        );
      } else checkDimensions(item, indicator, ctx, ['observations', index]);
    }
    const key = [item.townId, item.indicator, item.period, item.status, item.basis ?? ''];
    if (!key.every((part) => typeof part === 'string')) continue;
    // Length-prefixed parts: unambiguous whatever the ids hold, and cheaper than JSON.stringify.
    let id = '';
    for (const part of key as string[]) id += `${part.length}:${part}`;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else {
      const basis = item.basis === undefined ? '' : `, basis ${String(item.basis)}`;
      addModelIssue(
        ctx,
        'duplicate_observation',
        `a second observation of town "${String(item.townId)}", indicator "${String(item.indicator)}", period ${String(item.period)}, status ${String(item.status)}${basis} (first at $.observations[${first}])`,
        ['observations', index],
      );
    }
  }
  return byId;
}

/** What the figures of a claim may reference: field → [collection index, what]. */
type ClaimTargets = Readonly<
  Record<
    'observationId' | 'projectId' | 'fundingSourceId' | 'landQuotaId',
    readonly [ReadonlyMap<string, Entry>, string]
  >
>;

// Walks a claim's inputs (figures, arrays of figures, components of figures) and resolves every
// reference. The walk stops at the depth of a component's figure: deeper input is invalid anyway.
function checkFigureReferences(
  ctx: IssueSink,
  node: unknown,
  path: Path,
  targets: ClaimTargets,
  depth = 0,
): void {
  if (depth > 4) return;
  if (Array.isArray(node)) {
    node.forEach((item: unknown, index) => {
      checkFigureReferences(ctx, item, [...path, index], targets, depth + 1);
    });
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node as Item)) {
    if (Object.hasOwn(targets, key)) {
      const [entities, what] = targets[key as keyof ClaimTargets];
      resolve(ctx, [...path, key], text(value), entities, what);
    } else checkFigureReferences(ctx, value, [...path, key], targets, depth + 1);
  }
}

function checkClaims(
  ctx: IssueSink,
  dataset: Item,
  towns: ReadonlyMap<string, Entry>,
  targets: ClaimTargets,
): void {
  const claims = entriesOf(dataset, 'claims');
  indexBy(ctx, 'claims', claims, 'id');
  for (const { index, item } of claims) {
    resolve(ctx, ['claims', index, 'townId'], text(item.townId), towns, 'town');
    checkFigureReferences(ctx, item.inputs, ['claims', index, 'inputs'], targets);
  }
}

const WITH_SOURCES = [
  'towns',
  'projects',
  'fundingSources',
  'landQuotas',
  'observations',
  'claims',
];

function checkSources(ctx: IssueSink, dataset: Item): void {
  const sources = indexBy(ctx, 'sources', entriesOf(dataset, 'sources'), 'id');
  if (sources.size === 0) return;
  for (const collection of WITH_SOURCES) {
    for (const { index, item } of entriesOf(dataset, collection)) {
      const source = item.source;
      if (typeof source !== 'object' || source === null) continue;
      const document = text((source as Item).document);
      resolve(ctx, [collection, index, 'source', 'document'], document, sources, 'source');
    }
  }
}

/**
 * The cross-checks of a dataset: duplicate ids in each collection, references to unknown towns,
 * projects, quotas and sources, references that disagree on the town, parent loops, unknown
 * indicators, dimension mismatches of custom indicators, duplicate observations, and claims whose
 * town or figures name unknown entities.
 *
 * @internal
 */
export function checkDataset(dataset: unknown, ctx: IssueSink): void {
  if (typeof dataset !== 'object' || dataset === null) return;
  const data = dataset as Item;

  const townList = entriesOf(data, 'towns');
  const towns = indexBy(ctx, 'towns', townList, 'id');
  for (const { index, item } of townList) {
    resolve(ctx, ['towns', index, 'parentId'], text(item.parentId), towns, 'town');
  }
  checkCycles(ctx, 'towns', towns, 'parentId');

  const projectList = entriesOf(data, 'projects');
  const projects = indexBy(ctx, 'projects', projectList, 'id');
  for (const { index, item } of projectList) {
    resolve(ctx, ['projects', index, 'townId'], text(item.townId), towns, 'town');
    const path = ['projects', index, 'parentId'];
    sameTown(
      ctx,
      path,
      item,
      resolve(ctx, path, text(item.parentId), projects, 'project'),
      'project',
    );
  }
  checkCycles(ctx, 'projects', projects, 'parentId');

  const fundingList = entriesOf(data, 'fundingSources');
  const fundings = indexBy(ctx, 'fundingSources', fundingList, 'id');
  for (const { index, item } of fundingList) {
    resolve(ctx, ['fundingSources', index, 'townId'], text(item.townId), towns, 'town');
    const path = ['fundingSources', index, 'projectId'];
    const project = resolve(ctx, path, text(item.projectId), projects, 'project');
    sameTown(ctx, path, item, project, 'project');
  }

  const quotaList = entriesOf(data, 'landQuotas');
  const quotas = indexBy(ctx, 'landQuotas', quotaList, 'id');
  for (const { index, item } of quotaList) {
    resolve(ctx, ['landQuotas', index, 'townId'], text(item.townId), towns, 'town');
    const projectPath = ['landQuotas', index, 'projectId'];
    const project = resolve(ctx, projectPath, text(item.projectId), projects, 'project');
    sameTown(ctx, projectPath, item, project, 'project');
    const partPath = ['landQuotas', index, 'partOf'];
    const whole = resolve(ctx, partPath, text(item.partOf), quotas, 'land quota');
    sameTown(ctx, partPath, item, whole, 'land quota');
  }
  checkCycles(ctx, 'landQuotas', quotas, 'partOf');

  const observations = checkObservations(ctx, data, towns);
  checkClaims(ctx, data, towns, {
    observationId: [observations, 'observation'],
    projectId: [projects, 'project'],
    fundingSourceId: [fundings, 'funding source'],
    landQuotaId: [quotas, 'land quota'],
  });
  checkSources(ctx, data);
}
