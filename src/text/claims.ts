/**
 * Finding the checkable claims of a passage among its figures: the rules of docs/text.md, each a
 * pattern of real bulletins (a total and the components that follow it, 占…比重, 由A增长为B,
 * 高出…个百分点, 贡献率…拉动, 三次产业结构, 人均…). A rule fires only when every figure the check
 * needs is printed in the passage; a claim that needs a figure the passage does not print is not
 * a claim. Each rule looks at a bounded window of figures, so the whole is linear.
 *
 * @internal
 * @module
 */
import type { AuditKind } from '../audit/types.js';
import type { Decimal } from '../numbers/decimal.js';
import type { AmountFigure, Figure } from '../units/figure.js';
import { areCompatible } from '../units/table.js';
import type { ScannedFigure } from './scan.js';

/** An audit call: the function's name and its arguments as printed text. */
export interface ClaimAudit {
  readonly fn:
    | 'auditShare'
    | 'auditSum'
    | 'auditGrowth'
    | 'auditAggregateGrowth'
    | 'auditMultiple'
    | 'auditPointChange'
    | 'auditStructure'
    | 'auditPull'
    | 'auditPerCapita'
    | 'auditIncrement';
  readonly args: Readonly<Record<string, unknown>>;
}

/** A claim found among the figures: indices into the figure list. */
export interface FoundClaim {
  readonly kind: AuditKind;
  readonly stated: number;
  readonly inputs: readonly number[];
  readonly audit: ClaimAudit;
}

/** How many figures after a total are looked at for its components. */
const COMPONENT_WINDOW = 24;
/** The most components of one total. */
const MAX_COMPONENTS = 12;
/**
 * How many figures back (or ahead) a rule looks for a figure it names: the bound that keeps the
 * whole linear on a megabyte of text; real claims span a few dozen figures at most.
 */
const LOOK_AROUND = 200;

const GROWTH_WORDS = [
  '增长率',
  '增长比例',
  '增幅',
  '增速',
  '增长',
  '下降',
  '增加',
  '减少',
  '回落',
  '提高',
  '上升',
  '降低',
  '下滑',
  '增',
  '减',
];
const NEGATIVE_START = ['下降', '减少', '回落', '降低', '下滑', '下跌'];
const SHARE_LABEL_ENDS = ['率', '面', '系数', '比重', '比例', '占比'];
const NOT_SHARES = ['增长率', '出生率', '死亡率', '增速', '发生率', '利用率', '贡献率'];

interface Context {
  readonly figures: readonly ScannedFigure[];
  readonly claims: FoundClaim[];
  readonly taken: Set<string>;
  /** For each amount that is the total of a sum: its components. */
  readonly totals: Map<number, readonly number[]>;
  /** For each component of a sum: its total (the first sum it was found in). */
  readonly totalOf: Map<number, number>;
  /**
   * What every rule asks of a figure again and again, worked out once: 0 not yet, 1 no, 2 a level
   * (a component of a sum may be), 3 a level of its own only (per capita, a change, a base).
   */
  readonly levels: Uint8Array;
  /** Each amount in its base unit as a float (NaN: not yet, or no amount), for a quick look. */
  readonly floats: Float64Array;
}

function figureAt(ctx: Context, index: number): ScannedFigure {
  return ctx.figures[index] as ScannedFigure;
}

function amountOf(figure: Figure): AmountFigure | undefined {
  return figure.kind === 'amount' && figure.quantity.dimension !== 'number' ? figure : undefined;
}

/**
 * An amount printed as a level (no qualifier). Per-capita figures (人均…) are levels of their own
 * but never components of a total, so sums leave them out.
 */
function isLevel(ctx: Context, index: number, perCapita = false): boolean {
  let kind = ctx.levels[index] ?? 1;
  if (kind === 0) {
    kind = levelKind(figureAt(ctx, index));
    ctx.levels[index] = kind;
  }
  return kind === 2 || (perCapita && kind === 3);
}

function levelKind(f: ScannedFigure): 1 | 2 | 3 {
  const amount = amountOf(f.figure);
  if (amount === undefined || amount.qualifier !== undefined) return 1;
  // A change (比上年增加D) or the base it is measured from (同2010年的B相比) is no part of a total.
  if (isChange(f) || isComparisonBase(f)) return 3;
  const label = f.label ?? '';
  return label.includes('人均') || label.includes('平均') || label.includes('每') ? 3 : 2;
}

const CHANGE_ENDS = ['增加', '减少', '净增', '新增', '增长', '下降'];

function isChange(f: ScannedFigure): boolean {
  return endsWithAny(trimEnd(f.gap, ['了']), CHANGE_ENDS);
}

/** 比2010年的3.28人, 同…的284063人(相比), (全市为21585元): a figure another is compared with. */
function isComparisonBase(f: ScannedFigure): boolean {
  const gap = f.gap.trim();
  if (/^[(（][^)）]{0,12}为$/.test(gap)) return true;
  // The clause ends with 的 and compares: 比2010年第六次全国人口普查的 (no regex over the clause).
  const tail = clauseTail(gap);
  return (
    tail.endsWith('的') &&
    (tail.includes('比') || tail.includes('同') || tail.includes('与') || tail.includes('较'))
  );
}

function sameMeasure(a: ScannedFigure, b: ScannedFigure): boolean {
  const x = amountOf(a.figure);
  const y = amountOf(b.figure);
  return x !== undefined && y !== undefined && areCompatible(x.quantity.unit, y.quantity.unit);
}

/** The value in the base unit, as a float, for a quick look before the exact check. */
function baseFloat(figure: Figure): number {
  const amount = amountOf(figure);
  if (amount === undefined) return Number.NaN;
  return Number(amount.quantity.value.times(amount.quantity.unit.factor).toString());
}

/** {@link baseFloat} of the figure at `index`, worked out once. */
function floatAt(ctx: Context, index: number): number {
  const known = ctx.floats[index] as number;
  if (!Number.isNaN(known)) return known;
  const value = baseFloat(figureAt(ctx, index).figure);
  ctx.floats[index] = value;
  return value;
}

function add(ctx: Context, claim: FoundClaim): void {
  const key = `${claim.kind}:${claim.stated}:${claim.inputs.join(',')}`;
  if (ctx.taken.has(key)) return;
  ctx.taken.add(key);
  ctx.claims.push(claim);
}

type ChangeKind = 'growth' | 'increment' | 'multiple';

const CHANGE_AUDITS = {
  growth: 'auditGrowth',
  increment: 'auditIncrement',
  multiple: 'auditMultiple',
} as const satisfies Readonly<Record<ChangeKind, ClaimAudit['fn']>>;

/** A change between two levels (growth, increment, multiple), audited from their texts. */
function addChange(
  ctx: Context,
  kind: ChangeKind,
  stated: number,
  inputs: readonly number[],
  earlier: string,
  later: string,
): void {
  const said = text(ctx, stated);
  const args =
    kind === 'multiple'
      ? { base: earlier, current: later, stated: said }
      : { previous: earlier, current: later, stated: said };
  add(ctx, { kind, stated, inputs, audit: { fn: CHANGE_AUDITS[kind], args } });
}

function text(ctx: Context, index: number): string {
  return figureAt(ctx, index).text;
}

function endsWithAny(value: string, words: readonly string[]): boolean {
  return words.some((word) => value.endsWith(word));
}

function trimEnd(value: string, words: readonly string[]): string {
  let result = value.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const word of words) {
      if (result.endsWith(word) && result.length >= word.length) {
        result = result.slice(0, result.length - word.length);
        changed = true;
      }
    }
  }
  return result;
}

/** A growth rate: 增长6.3%, 比上年下降4.1%, 增4.98% (not 增长面达56.5%, not 占…). */
function isGrowthRate(f: ScannedFigure): boolean {
  if (f.figure.kind !== 'rate' || f.figure.qualifier !== undefined) return false;
  if (NEGATIVE_START.some((word) => f.text.startsWith(word))) return true;
  const gap = trimEnd(f.gap, ['了', '为', '达', ' ', '约']);
  // 人口自然增长率 is births less deaths over the population, not a growth of a level.
  return endsWithAny(gap, GROWTH_WORDS) && !gap.includes('占') && !gap.includes('自然增长');
}

/** The growth rate printed right after an amount, before the next amount of its sentence. */
function growthOf(ctx: Context, index: number): number | undefined {
  const f = figureAt(ctx, index);
  for (let j = index + 1; j < ctx.figures.length && j <= index + 4; j += 1) {
    const g = figureAt(ctx, j);
    if (g.sentence !== f.sentence || amountOf(g.figure) !== undefined) return undefined;
    if (isGrowthRate(g)) return j;
  }
  return undefined;
}

/** Whether components add up to the total at its printed precision (exact check by the audit). */
type SumCheck = (parts: readonly string[], stated: string) => boolean;

/** The previous level as text, from the current level and its printed increment (derived). */
export type PreviousText = (current: Figure, increment: Figure, sign: 1 | -1) => string | undefined;

/** Totals and the consecutive components that add up to them, innermost totals first. */
function findSums(ctx: Context, sums: SumCheck): void {
  const hidden = new Set<number>();
  for (let t = ctx.figures.length - 1; t >= 0; t -= 1) {
    if (!isLevel(ctx, t) || !(floatAt(ctx, t) > 0)) continue;
    const candidates = componentCandidates(ctx, t, hidden);
    for (let s = 0; s < candidates.length; s += 1) {
      const run = runAddingUpTo(ctx, t, candidates, s, sums);
      if (run === undefined) continue;
      addSum(ctx, t, run);
      for (const i of run) hidden.add(i);
      s += run.length - 1;
    }
  }
}

/** The levels after a total that could be its components: same measure, same paragraph. */
function componentCandidates(ctx: Context, t: number, hidden: ReadonlySet<number>): number[] {
  const total = figureAt(ctx, t);
  const candidates: number[] = [];
  const end = Math.min(ctx.figures.length, t + 1 + 4 * COMPONENT_WINDOW);
  for (let j = t + 1; j < end && candidates.length < COMPONENT_WINDOW; j += 1) {
    const f = figureAt(ctx, j);
    if (f.paragraph !== total.paragraph) break;
    if (hidden.has(j) || !isLevel(ctx, j) || !sameMeasure(total, f) || isAttribute(ctx, j))
      continue;
    candidates.push(j);
  }
  return candidates;
}

/**
 * The shortest run of candidates from `s` that adds up to the total at its printed precision
 * (a float look first, then the exact audit), or `undefined`.
 */
function runAddingUpTo(
  ctx: Context,
  t: number,
  candidates: readonly number[],
  s: number,
  sums: SumCheck,
): readonly number[] | undefined {
  const total = figureAt(ctx, t);
  const totalValue = floatAt(ctx, t);
  let sum = 0;
  for (let e = s; e < candidates.length && e - s < MAX_COMPONENTS; e += 1) {
    const value = floatAt(ctx, candidates[e] as number);
    if (!(value > 0) || value >= totalValue) return undefined;
    sum += value;
    if (sum > totalValue * 1.01) return undefined;
    if (e === s || Math.abs(sum - totalValue) > totalValue * 0.01) continue;
    const run = candidates.slice(s, e + 1);
    if (
      sums(
        run.map((i) => text(ctx, i)),
        total.text,
      )
    )
      return run;
  }
  return undefined;
}

const SUM_MARKERS = [
  '其中',
  '分产业看',
  '分产业',
  '按产业分',
  '分三次产业看',
  '分类型看',
  '分行业看',
];
/** How far a marked total may be from its components' sum and still be read as their total. */
const MARKED_TOLERANCE = 0.005;

/**
 * A total whose components follow a marker (其中, 分产业看) but do not add up to it exactly: the
 * components printed right after the marker whose sum comes within half a per cent of the total
 * are its parts, and the sum is a claim (an inconsistent one).
 */
function findMarkedSums(ctx: Context): void {
  for (let t = 0; t < ctx.figures.length; t += 1) {
    if (ctx.totals.has(t) || !isLevel(ctx, t)) continue;
    const totalValue = floatAt(ctx, t);
    if (!(totalValue > 0)) continue;
    const run = markedRun(ctx, t);
    let best: readonly [number, number] | undefined;
    let sum = 0;
    run.forEach((index, k) => {
      sum += floatAt(ctx, index);
      const error = Math.abs(sum - totalValue) / totalValue;
      if (k > 0 && error <= MARKED_TOLERANCE && (best === undefined || error < best[1])) {
        best = [k, error];
      }
    });
    if (best !== undefined) addSum(ctx, t, run.slice(0, best[0] + 1));
  }
}

/** The levels of the total's measure printed after a marker (其中, 分产业看) that follows it. */
function markedRun(ctx: Context, t: number): number[] {
  const total = figureAt(ctx, t);
  const run: number[] = [];
  let marked = false;
  const end = Math.min(ctx.figures.length, t + 1 + 4 * COMPONENT_WINDOW);
  for (let j = t + 1; j < end && run.length < MAX_COMPONENTS; j += 1) {
    const f = figureAt(ctx, j);
    if (f.paragraph !== total.paragraph) break;
    marked ||= SUM_MARKERS.some((word) => f.gap.includes(word));
    if (!isLevel(ctx, j)) continue;
    if (!sameMeasure(total, f)) {
      if (run.length > 0) break;
      continue;
    }
    if (!marked || isAttribute(ctx, j) || inSomeSum(ctx, j)) break;
    run.push(j);
  }
  return run;
}

function inSomeSum(ctx: Context, index: number): boolean {
  return ctx.totalOf.has(index);
}

function addSum(ctx: Context, total: number, parts: readonly number[]): void {
  const existing = ctx.totals.get(total);
  if (existing === undefined) ctx.totals.set(total, parts);
  for (const part of parts) if (!ctx.totalOf.has(part)) ctx.totalOf.set(part, total);
  add(ctx, {
    kind: 'sum',
    stated: total,
    inputs: parts,
    audit: {
      fn: 'auditSum',
      args: { parts: parts.map((i) => text(ctx, i)), stated: text(ctx, total) },
    },
  });
}

/** An amount that qualifies a noun (2000万元规模以上企业, 5亿元以上项目): no level of its own. */
function isAttribute(ctx: Context, index: number): boolean {
  const next = index + 1;
  const after = next < ctx.figures.length ? figureAt(ctx, next).gap : '';
  return after.startsWith('规模') || after.startsWith('以上') || after.startsWith('以下');
}

/** A list of figures joined by 、 / 和 / 及, starting at `index`. */
function listFrom(ctx: Context, index: number): readonly number[] {
  const list = [index];
  for (let j = index + 1; j < ctx.figures.length && list.length < MAX_COMPONENTS * 2; j += 1) {
    if (!isListSeparator(figureAt(ctx, j).gap)) break;
    list.push(j);
  }
  return list;
}

const STRUCTURE_WORDS = ['比重', '构成', '结构', '占比'];

function isListSeparator(gap: string): boolean {
  const trimmed = gap.trim();
  return (
    trimmed === '、' || trimmed === '和' || trimmed === '及' || trimmed === ',' || trimmed === '，'
  );
}

/**
 * 三次产业比重分别为12.4%、45.6%和42.0%; 产业结构构成由上年的…调整为21.35%、27.92%和50.73%: a
 * list of shares after a sum of as many components is each component's share of the total. An
 * earlier year's list (由上年的…) has no levels here.
 */
function findShareLists(ctx: Context): void {
  ctx.figures.forEach((f, index) => {
    if (f.figure.kind !== 'rate' || isListSeparator(f.gap)) return;
    const list = listFrom(ctx, index);
    if (list.length < 2 || !list.every((i) => figureAt(ctx, i).figure.kind === 'rate')) return;
    if (/上年|去年|由/.test(clauseTail(f.gap))) return;
    if (!STRUCTURE_WORDS.some((word) => structureText(ctx, index).includes(word))) return;
    for (let total = index - 1; total >= 0 && index - total <= LOOK_AROUND; total -= 1) {
      const parts = ctx.totals.get(total);
      if (parts === undefined || parts.length !== list.length) continue;
      list.forEach((rate, k) => {
        addShare(ctx, rate, parts[k] as number, total);
      });
      return;
    }
  });
}

/** The words that introduce a list: its own clause, or an earlier list's (…由上年的A、B调整为C、D). */
function structureText(ctx: Context, index: number): string {
  const own = clauseTail(figureAt(ctx, index).gap);
  if (own.length > 4 || index === 0) return own;
  let start = index - 1;
  while (start > 0 && isListSeparator(figureAt(ctx, start).gap)) start -= 1;
  return `${clauseTail(figureAt(ctx, start).gap)}${own}`;
}

/** The total a part belongs to: a sum's total, or the amount before 其中 / …中. */
function scopeTotal(ctx: Context, part: number): number | undefined {
  const known = ctx.totalOf.get(part);
  if (known !== undefined) return known;
  const p = figureAt(ctx, part);
  for (let t = part - 1; t >= 0 && part - t <= COMPONENT_WINDOW; t -= 1) {
    const f = figureAt(ctx, t);
    if (f.paragraph !== p.paragraph) return undefined;
    if (!isLevel(ctx, t, true) || !sameMeasure(f, p) || floatAt(ctx, t) <= floatAt(ctx, part)) {
      continue;
    }
    const after = figureAt(ctx, t + 1).gap;
    // 23个行业大类中: the total's own clause says 'of these'.
    const head = after.slice(0, Math.min(firstClauseMark(after), 8));
    if (head.includes('中') || ofThese(ctx, t, part)) return t;
  }
  return undefined;
}

/**
 * 其中 between a total and its part, with no figure between them but the total's change
 * (常住人口332.21万人,比上年增加0.49万人。其中,城镇常住人口119.99万人).
 */
function ofThese(ctx: Context, t: number, part: number): boolean {
  const total = figureAt(ctx, t);
  for (let k = t + 1; k <= part; k += 1) {
    const f = figureAt(ctx, k);
    if (f.gap.includes('其中')) return true;
    if (k < part && !(isChange(f) && sameMeasure(total, f))) return false;
  }
  return false;
}

function firstClauseMark(value: string): number {
  for (let index = 0; index < value.length; index += 1) {
    if ('，,；;。：:、'.includes(value.charAt(index))) return index;
  }
  return value.length;
}

/** The list claims: 分别为 A、B、C和D (a sum of the parts), 拉动…分别为 a、b、c个百分点. */
function findLists(ctx: Context): void {
  ctx.figures.forEach((f, index) => {
    if (!/分别|依次/.test(f.gap)) return;
    const list = listFrom(ctx, index);
    if (list.length < 2) return;
    const last = figureAt(ctx, list[list.length - 1] as number);
    if (last.figure.kind === 'point-change' && f.gap.includes('拉动')) {
      pullList(ctx, list);
      return;
    }
    if (!list.every((i) => isLevel(ctx, i) && sameMeasure(figureAt(ctx, i), f))) return;
    const total = scopeTotal(ctx, index);
    if (total === undefined) return;
    const sum = list.reduce((acc, i) => acc + floatAt(ctx, i), 0);
    const totalValue = floatAt(ctx, total);
    // A list far from the total is a list of something else (其中…分别为 of another total).
    if (Math.abs(sum - totalValue) > totalValue * 0.05) return;
    addSum(ctx, total, list);
  });
}

/** The pulls of a total's components add up to the total's growth. */
function pullList(ctx: Context, list: readonly number[]): void {
  const first = list[0] as number;
  for (let total = first - 1; total >= 0 && first - total <= LOOK_AROUND; total -= 1) {
    const parts = ctx.totals.get(total);
    if (parts === undefined || parts.length !== list.length) continue;
    const growth = growthOf(ctx, total);
    if (growth === undefined || growth > (list[0] as number)) continue;
    add(ctx, {
      kind: 'sum',
      stated: growth,
      inputs: list,
      audit: {
        fn: 'auditSum',
        args: { parts: list.map((i) => text(ctx, i)), stated: text(ctx, growth) },
      },
    });
    return;
  }
}

/** Every sum whose total and components all print a growth rate: the total's growth follows. */
function findAggregateGrowth(ctx: Context): void {
  for (const [total, parts] of [...ctx.totals]) {
    const stated = growthOf(ctx, total);
    if (stated === undefined) continue;
    const growths = parts.map((part) => growthOf(ctx, part));
    if (growths.some((g) => g === undefined)) continue;
    const inputs = parts.flatMap((part, k) => [part, growths[k] as number]);
    add(ctx, {
      kind: 'aggregate-growth',
      stated,
      inputs,
      audit: {
        fn: 'auditAggregateGrowth',
        args: {
          components: parts.map((part, k) => ({
            current: text(ctx, part),
            growth: text(ctx, growths[k] as number),
          })),
          stated: text(ctx, stated),
        },
      },
    });
  }
}

/** Characters of `needle` in order within `hay` (规模以上工业增加值 in 规模以上工业累计实现增加值). */
function isSubsequence(needle: string, hay: string): boolean {
  let at = 0;
  for (let index = 0; index < hay.length && at < needle.length; index += 1) {
    if (hay.charAt(index) === needle.charAt(at)) at += 1;
  }
  return at === needle.length;
}

/** The nearest earlier amount whose label names `phrase`, of the part's measure. */
function amountNamed(
  ctx: Context,
  phrase: string,
  before: number,
  like: number,
): number | undefined {
  for (let t = before - 1; t >= 0 && before - t <= LOOK_AROUND; t -= 1) {
    if (t === like || !isLevel(ctx, t, true)) continue;
    const f = figureAt(ctx, t);
    if (!sameMeasure(f, figureAt(ctx, like))) continue;
    if (names(f.label, phrase)) return t;
  }
  return undefined;
}

const AREA_PREFIXES = ['全县', '全区', '全市', '全镇', '全乡', '全省', '全国', '全年'];

/** Whether a figure's label names the phrase: its characters in order, the area word aside. */
function names(label: string | undefined, phrase: string): boolean {
  if (label === undefined) return false;
  if (/GDP|生产总值/i.test(phrase) && /GDP|生产总值/i.test(label)) return true;
  const bare = AREA_PREFIXES.find((word) => phrase.startsWith(word) && phrase.length > word.length);
  return isSubsequence(bare === undefined ? phrase : phrase.slice(bare.length), label);
}

/**
 * The nearest level before `index` within its sentence or paragraph, of any measure, or the
 * subject's own level (`'own'`): the same measure, neither a difference (比全市低D) nor the
 * figure compared with.
 */
function nearestLevel(
  ctx: Context,
  index: number,
  within: 'sentence' | 'paragraph',
  own = false,
): number | undefined {
  const f = figureAt(ctx, index);
  for (let j = index - 1; j >= 0 && index - j <= LOOK_AROUND; j -= 1) {
    const g = figureAt(ctx, j);
    if (within === 'sentence' ? g.sentence !== f.sentence : g.paragraph !== f.paragraph) {
      return undefined;
    }
    if (own && (/比/.test(g.gap) || isComparisonBase(g) || !sameMeasure(g, f))) continue;
    if (isLevel(ctx, j, true)) return j;
  }
  return undefined;
}

function nearestAmountBefore(ctx: Context, index: number): number | undefined {
  return nearestLevel(ctx, index, 'sentence');
}

function nearestLevelInParagraph(ctx: Context, index: number): number | undefined {
  return nearestLevel(ctx, index, 'paragraph');
}

function nearestSameMeasureBefore(ctx: Context, index: number): number | undefined {
  return nearestLevel(ctx, index, 'paragraph', true);
}

/** The text without bracketed asides: '生活消费支出的比重(恩格尔系数)' → '生活消费支出的比重'. */
function withoutBrackets(value: string): string {
  let out = '';
  let depth = 0;
  for (const c of value) {
    if (c === '(' || c === '（') depth += 1;
    else if ((c === ')' || c === '）') && depth > 0) depth -= 1;
    else if (depth === 0) out += c;
  }
  return out;
}

/** The words of the last clause of a text ('…2780万元,服务业' → '服务业'). */
function clauseTail(value: string): string {
  let start = value.length;
  while (start > 0 && !'，,；;。：:、'.includes(value.charAt(start - 1))) start -= 1;
  return value.slice(start).trim();
}

/** The nearest earlier level of any measure whose label names `phrase`. */
function amountNamedAny(ctx: Context, phrase: string, before: number): number | undefined {
  for (let t = before - 1; t >= 0 && before - t <= COMPONENT_WINDOW; t -= 1) {
    if (isLevel(ctx, t, true) && names(figureAt(ctx, t).label, phrase)) return t;
  }
  return undefined;
}

const WHOLE_TRIM = [
  '达到',
  '的比重为',
  '的比重',
  '比重为',
  '比重',
  '的比例为',
  '的比例',
  '比例为',
  '比例',
  '的',
  '为',
  '达',
  '是',
];

function addShare(ctx: Context, rate: number, part: number, whole: number): void {
  if (!sameMeasure(figureAt(ctx, part), figureAt(ctx, whole))) return;
  add(ctx, {
    kind: 'share',
    stated: rate,
    inputs: [part, whole],
    audit: {
      fn: 'auditShare',
      args: { part: text(ctx, part), whole: text(ctx, whole), stated: text(ctx, rate) },
    },
  });
}

/** 占…比重, 占…的N%, 城镇化率, 增长面, 恩格尔系数: a share whose part and whole are printed. */
function findShares(ctx: Context): void {
  ctx.figures.forEach((f, index) => {
    if (f.figure.kind !== 'rate' || f.figure.qualifier !== undefined || isGrowthRate(f)) return;
    if (shareOfNamedAmount(ctx, index)) return;
    if ((f.label ?? '').includes('城镇化率')) {
      urbanization(ctx, index);
      return;
    }
    const occupy = f.gap.lastIndexOf('占');
    // 服务业占GDP比重: the words before 占 name the part; none (,占…) means the amount before.
    const subject = occupy < 0 ? '' : clauseTail(f.gap.slice(0, occupy));
    const part =
      subject.length === 0 ? nearestAmountBefore(ctx, index) : amountNamedAny(ctx, subject, index);
    if (part === undefined) return;
    const whole =
      occupy >= 0 ? wholeNamed(ctx, index, occupy, part) : wholeOfRate(ctx, index, part);
    if (whole !== undefined && whole !== part) addShare(ctx, index, part, whole);
  });
}

/** 占年初计划6500万元的77.23%: the whole is the amount between 占 and the rate. */
function shareOfNamedAmount(ctx: Context, index: number): boolean {
  const f = figureAt(ctx, index);
  const previous = index > 0 ? figureAt(ctx, index - 1) : undefined;
  if (
    previous === undefined ||
    previous.sentence !== f.sentence ||
    !isLevel(ctx, index - 1) ||
    !previous.gap.includes('占') ||
    trimEnd(f.gap, WHOLE_TRIM).length > 0
  ) {
    return false;
  }
  const part = nearestAmountBefore(ctx, index - 1);
  if (part !== undefined) addShare(ctx, index, part, index - 1);
  return true;
}

/**
 * 占生产总值的比重为2.8%: the amount named after 占 (printed before, or else after: 占常住人口的
 * 50.20%…常住人口为5359652人), or (占50.5%) the part's total.
 */
function wholeNamed(ctx: Context, index: number, occupy: number, part: number): number | undefined {
  const phrase = trimEnd(withoutBrackets(figureAt(ctx, index).gap.slice(occupy + 1)), WHOLE_TRIM);
  if (phrase.length === 0) return scopeTotal(ctx, part);
  return amountNamed(ctx, phrase, index, part) ?? amountNamedAfter(ctx, phrase, index, part);
}

function amountNamedAfter(
  ctx: Context,
  phrase: string,
  after: number,
  like: number,
): number | undefined {
  const last = Math.min(ctx.figures.length - 1, after + LOOK_AROUND);
  for (let t = after + 1; t <= last; t += 1) {
    if (!isLevel(ctx, t, true) || !sameMeasure(figureAt(ctx, t), figureAt(ctx, like))) continue;
    if (names(figureAt(ctx, t).label, phrase)) return t;
  }
  return undefined;
}

/** 城镇化率, 增长面, 恩格尔系数 right after the part: a share of the part's total. */
function wholeOfRate(ctx: Context, index: number, part: number): number | undefined {
  const f = figureAt(ctx, index);
  const label = f.label ?? '';
  if (!endsWithAny(label, SHARE_LABEL_ENDS) || NOT_SHARES.some((word) => label.includes(word))) {
    return undefined;
  }
  if (figureAt(ctx, part).clause < f.clause - 1) return undefined;
  return scopeTotal(ctx, part);
}

/** 城镇化率: the urban population printed before it over its total (常住 or 户籍). */
function urbanization(ctx: Context, rate: number): void {
  const f = figureAt(ctx, rate);
  for (let j = rate - 1; j >= 0 && rate - j <= COMPONENT_WINDOW; j -= 1) {
    const g = figureAt(ctx, j);
    if (g.paragraph !== f.paragraph) return;
    const q = amountOf(g.figure)?.quantity;
    if (q === undefined || q.dimension !== 'population' || !isLevel(ctx, j)) continue;
    if (!(g.label ?? '').includes('城镇')) continue;
    const whole = scopeTotal(ctx, j);
    if (whole !== undefined) addShare(ctx, rate, j, whole);
    return;
  }
}

const RISE_TO = [
  '增长为',
  '增长到',
  '增加到',
  '增加为',
  '提高到',
  '提高为',
  '上升到',
  '上升为',
  '发展到',
  '达到',
  '增至',
  '提高至',
  '增加至',
  '增长至',
];

/** What the figure after 由A…为B states: a multiple (增长N倍), a growth (增长r%), an increment (增加D). */
function changeStated(next: ScannedFigure, later: ScannedFigure): ChangeKind | undefined {
  if (next.figure.kind === 'multiple') return 'multiple';
  if (isGrowthRate(next)) return 'growth';
  const increment =
    amountOf(next.figure) !== undefined &&
    sameMeasure(next, later) &&
    /增加|新增|净增|减少/.test(next.gap);
  return increment ? 'increment' : undefined;
}

/** 由A增长为B, 增长N倍 / 增长r% / 增加D; a:100 after two levels; a:b:c structures. */
function findChanges(ctx: Context): void {
  ctx.figures.forEach((f, index) => {
    if (index < 1 || !isLevel(ctx, index)) return;
    const base = index - 1;
    const from = figureAt(ctx, base);
    // 由A增长为B, 由201x年的A增加到202x年的B: 由 in A's clause, a rise word between A and B.
    if (!clauseTail(from.gap).includes('由') || !isLevel(ctx, base) || !sameMeasure(from, f))
      return;
    if (f.gap.length > 24 || !RISE_TO.some((word) => f.gap.includes(word))) return;
    const next = index + 1 < ctx.figures.length ? figureAt(ctx, index + 1) : undefined;
    if (next === undefined || next.sentence !== f.sentence || next.figure.qualifier !== undefined)
      return;
    const kind = changeStated(next, f);
    if (kind !== undefined) addChange(ctx, kind, index + 1, [base, index], from.text, f.text);
  });
}

/** A level, 比上年增加 D, 增长 r%: the growth from the level and its increment. */
function findIncrementGrowth(ctx: Context, previousText: PreviousText): void {
  ctx.figures.forEach((f, index) => {
    if (index < 1 || !isLevel(ctx, index, true)) return;
    const current = index - 1;
    const level = figureAt(ctx, current);
    if (!isLevel(ctx, current, true) || !sameMeasure(level, f) || level.sentence !== f.sentence) {
      return;
    }
    // 同2010年的284063人相比,增加15633人: the earlier level is printed (findComparedLevels).
    if (isComparisonBase(level)) return;
    const sign = /(增加|减少)$/.exec(trimEnd(f.gap, ['了']));
    if (sign === null) return;
    const next = index + 1 < ctx.figures.length ? figureAt(ctx, index + 1) : undefined;
    if (next === undefined || next.sentence !== f.sentence || !isGrowthRate(next)) return;
    const previous = previousText(level.figure, f.figure, sign[1] === '减少' ? -1 : 1);
    if (previous === undefined) return;
    addChange(ctx, 'growth', index + 1, [current, index], previous, level.text);
  });
}

const CHANGE_WORDS = ['增加', '减少', '净增', '新增', '多', '少'];

/**
 * 全县常住人口299696人…同2010年的284063人相比,十年共增加15633人,增长5.50%; 每户2.91人,比2010年
 * 的3.28人减少0.37人: the increment (and the growth after it) from both printed levels.
 */
function findComparedLevels(ctx: Context): void {
  ctx.figures.forEach((f, index) => {
    if (index < 2 || !isLevel(ctx, index, true)) return;
    const change = trimEnd(f.gap, ['了']);
    const word = CHANGE_WORDS.find((w) => change.endsWith(w));
    if (word === undefined) return;
    const base = index - 1;
    const earlier = figureAt(ctx, base);
    if (!isLevel(ctx, base, true) || !sameMeasure(earlier, f) || earlier.sentence !== f.sentence)
      return;
    if (!/[比同与较]/.test(earlier.gap) || !/(的|为)$/.test(trimEnd(earlier.gap, [' ']))) return;
    const current = nearestSameMeasureBefore(ctx, base);
    if (current === undefined) return;
    addChange(ctx, 'increment', index, [base, current], earlier.text, text(ctx, current));
    const next = index + 1 < ctx.figures.length ? figureAt(ctx, index + 1) : undefined;
    if (next !== undefined && next.sentence === f.sentence && isGrowthRate(next)) {
      addChange(ctx, 'growth', index + 1, [base, current], earlier.text, text(ctx, current));
    }
  });
}

/**
 * 比全市低2568元(全市为21585元), 增幅比全省低1.7个百分点(全省为5.6%): the difference from the
 * subject's own figure to the one in brackets.
 */
function findBracketedComparisons(ctx: Context): void {
  ctx.figures.forEach((f, index) => {
    const next = index + 1 < ctx.figures.length ? figureAt(ctx, index + 1) : undefined;
    if (next === undefined || next.sentence !== f.sentence) return;
    if (!/^[(（][^)）]{0,12}为$/.test(next.gap.trim())) return;
    const lower = /低|少|慢/.test(f.gap);
    const higher = /高|多|快/.test(f.gap);
    if (lower === higher || !/比/.test(f.gap)) return;
    if (f.figure.kind === 'point-change' && next.figure.kind === 'rate') {
      if (f.figure.qualifier === undefined) bracketedPoints(ctx, index, lower);
      return;
    }
    if (!isLevel(ctx, index, true) || !isLevel(ctx, index + 1, true) || !sameMeasure(f, next)) {
      return;
    }
    const own = nearestSameMeasureBefore(ctx, index);
    if (own === undefined) return;
    const [previous, current] = lower ? [text(ctx, own), next.text] : [next.text, text(ctx, own)];
    addChange(ctx, 'increment', index, [own, index + 1], previous, current);
  });
}

/** 增幅比全市低1.5个百分点(全市为5.4%): the subject's own growth, printed a few figures before. */
function bracketedPoints(ctx: Context, index: number, lower: boolean): void {
  const f = figureAt(ctx, index);
  let own: number | undefined;
  for (let j = index - 1; j >= 0 && index - j <= 8 && own === undefined; j -= 1) {
    const g = figureAt(ctx, j);
    if (g.paragraph !== f.paragraph) break;
    if (isGrowthRate(g)) own = j;
  }
  if (own === undefined) return;
  const other = text(ctx, index + 1);
  const [from, to] = lower ? [text(ctx, own), other] : [other, text(ctx, own)];
  add(ctx, {
    kind: 'point-change',
    stated: index,
    inputs: [own, index + 1],
    audit: { fn: 'auditPointChange', args: { from, to, stated: f.text } },
  });
}

/** 男女性别比105.23:100 after 男…人, 女…人: a multiple of the two levels. */
function findRatios(ctx: Context): void {
  ctx.figures.forEach((f, index) => {
    if (f.figure.kind !== 'ratio') return;
    if (f.figure.parts.length === 2) twoPartRatio(ctx, index, f.figure.parts);
    else structureRatio(ctx, index, f.figure.parts);
  });
}

/** 男女性别比105.23:100, 城乡收入比2.02:1: the multiple of the two levels printed before it. */
function twoPartRatio(ctx: Context, index: number, parts: readonly Decimal[]): void {
  const f = figureAt(ctx, index);
  const second = parts[1] as Decimal;
  if (!(second.eq(100) || second.eq(1)) || /由|上年|去年|同期的/.test(f.gap)) return;
  const b = nearestLevelInParagraph(ctx, index);
  const a = b === undefined ? undefined : nearestLevelInParagraph(ctx, b);
  if (a === undefined || b === undefined || !sameMeasure(figureAt(ctx, a), figureAt(ctx, b))) {
    return;
  }
  addChange(ctx, 'multiple', index, [b, a], text(ctx, b), text(ctx, a));
}

/** A structure a:b:c, with the levels of the last sum of as many components when printed. */
function structureRatio(ctx: Context, index: number, parts: readonly Decimal[]): void {
  const f = figureAt(ctx, index);
  let levels: readonly number[] = [];
  // 由上年的13.72∶46.43∶39.85调整为…: an earlier year's structure has no levels here.
  const earlier = /由|上年|去年/.test(f.gap);
  for (let total = index - 1; !earlier && total >= 0 && index - total <= LOOK_AROUND; total -= 1) {
    const components = ctx.totals.get(total);
    if (components !== undefined && components.length === parts.length) {
      levels = components;
      break;
    }
  }
  add(ctx, {
    kind: 'structure',
    stated: index,
    inputs: levels,
    audit: {
      fn: 'auditStructure',
      args:
        levels.length > 0
          ? { parts: levels.map((i) => text(ctx, i)), stated: f.text }
          : { parts: parts.map((part) => part.toString()) },
    },
  });
}

const ABOVE = ['高出', '高于', '快于', '领先'];
const BELOW = ['低于', '慢于', '落后'];

/** 增长13.7%, 高出全区规模以上工业6.3个百分点: the other rate is the growth of the named whole. */
function findPointChanges(ctx: Context): void {
  ctx.figures.forEach((f, index) => {
    if (f.figure.kind !== 'point-change' || f.figure.qualifier !== undefined) return;
    const word = [...ABOVE, ...BELOW].find((w) => f.gap.includes(w));
    if (word === undefined) return;
    const phrase = f.gap.slice(f.gap.indexOf(word) + word.length).trim();
    if (phrase.length === 0) return;
    const own = ownGrowthBefore(ctx, index);
    if (own === undefined) return;
    const named = amountNamed(ctx, phrase, own, nearestAmountBefore(ctx, own) ?? own);
    const other =
      (named === undefined ? undefined : growthOf(ctx, named)) ?? rateNamed(ctx, phrase, own);
    if (other === undefined) return;
    const above = ABOVE.includes(word);
    add(ctx, {
      kind: 'point-change',
      stated: index,
      inputs: [other, own],
      audit: {
        fn: 'auditPointChange',
        args: above
          ? { from: text(ctx, other), to: text(ctx, own), stated: f.text }
          : { from: text(ctx, own), to: text(ctx, other), stated: f.text },
      },
    });
  });
}

/** The growth a comparison is about: the nearest growth rate before it in its sentence. */
function ownGrowthBefore(ctx: Context, index: number): number | undefined {
  const f = figureAt(ctx, index);
  for (let j = index - 1; j >= 0 && index - j <= 4; j -= 1) {
    const g = figureAt(ctx, j);
    if (g.sentence !== f.sentence) return undefined;
    if (isGrowthRate(g)) return j;
    if (g.figure.kind !== 'point-change') return undefined;
  }
  return undefined;
}

const RATE_WORDS = ['平均增速', '平均水平', '增加值增速', '增速', '增幅', '平均'];

/**
 * 高于全县规上工业增速2.1个百分点, 高于全省平均3.4个百分点: a growth rate printed without its level,
 * named by its label (规上工业增加值), or — for the area's average (全省平均) — the area's first
 * growth rate.
 */
function rateNamed(ctx: Context, phrase: string, own: number): number | undefined {
  const core = trimEnd(phrase, RATE_WORDS);
  const area = AREA_PREFIXES.find((word) => core.startsWith(word));
  const subject = area === undefined ? core : core.slice(area.length);
  let first: number | undefined;
  // The overall rate often leads the passage, a paragraph or two before the comparison.
  for (let t = own - 1; t >= 0 && own - t <= LOOK_AROUND; t -= 1) {
    const g = figureAt(ctx, t);
    if (!isGrowthRate(g)) continue;
    const label = g.label ?? '';
    if (subject.length > 0 && names(label, subject)) return t;
    if (subject.length === 0 && area !== undefined && g.gap.includes(area)) first = t;
  }
  return first;
}

/** 贡献率为C, 拉动X增长P个百分点: the pull is C × the growth of X. */
function findPulls(ctx: Context): void {
  ctx.figures.forEach((f, index) => {
    if (f.figure.kind !== 'point-change' || index < 1) return;
    const pull = f.gap.indexOf('拉动');
    if (pull < 0) return;
    const rate = figureAt(ctx, index - 1);
    if (rate.figure.kind !== 'rate' || rate.sentence !== f.sentence || !rate.gap.includes('贡献率'))
      return;
    const grow = f.gap.indexOf('增长', pull);
    const phrase = f.gap.slice(pull + 2, grow < 0 ? undefined : grow).trim();
    if (phrase.length === 0) return;
    let growth: number | undefined;
    for (let t = index - 2; t >= 0 && index - t <= LOOK_AROUND && growth === undefined; t -= 1) {
      if (isLevel(ctx, t, true) && names(figureAt(ctx, t).label, phrase)) growth = growthOf(ctx, t);
    }
    if (growth === undefined) return;
    add(ctx, {
      kind: 'pull',
      stated: index,
      inputs: [index - 1, growth],
      audit: {
        fn: 'auditPull',
        args: { contributionRate: rate.text, growth: text(ctx, growth), stated: f.text },
      },
    });
  });
}

/** The pulls of every component printed one by one add up to the total's growth. */
function findPullSums(ctx: Context): void {
  const byGrowth = new Map<number, FoundClaim[]>();
  for (const claim of ctx.claims) {
    const growth = claim.inputs[1];
    if (claim.kind !== 'pull' || growth === undefined) continue;
    const group = byGrowth.get(growth);
    if (group === undefined) byGrowth.set(growth, [claim]);
    else group.push(claim);
  }
  for (const [growth, pulls] of byGrowth) if (pulls.length >= 2) pullSum(ctx, growth, pulls);
}

function pullSum(ctx: Context, growth: number, pulls: readonly FoundClaim[]): void {
  // The total is the level its growth follows: a few figures before it.
  for (let total = growth - 1; total >= 0 && growth - total <= 4; total -= 1) {
    const parts = ctx.totals.get(total);
    if (parts === undefined || growthOf(ctx, total) !== growth || parts.length !== pulls.length)
      continue;
    const inputs = pulls.map((claim) => claim.stated);
    add(ctx, {
      kind: 'sum',
      stated: growth,
      inputs,
      audit: {
        fn: 'auditSum',
        args: { parts: inputs.map((i) => text(ctx, i)), stated: text(ctx, growth) },
      },
    });
    return;
  }
}

/** 农民人均耕地1.5亩 with 耕地5353公顷 and 农业人口5.21万人 printed: total / population. */
function findPerCapita(ctx: Context): void {
  ctx.figures.forEach((f, index) => {
    const amount = amountOf(f.figure);
    const label = f.label ?? '';
    const at = label.indexOf('人均');
    if (amount === undefined || at < 0 || amount.quantity.dimension === 'population') return;
    const what = label.slice(at + 2);
    if (what.length === 0) return;
    const near = levelsAround(ctx, index);
    // The total: the first level of the figure's dimension whose label ends with what is shared.
    const total = near.find((t) => {
      const g = figureAt(ctx, t);
      return (
        amountOf(g.figure)?.quantity.dimension === amount.quantity.dimension &&
        sharesEnding(g.label ?? '', what)
      );
    });
    const population = populationFor(ctx, near, label.slice(0, at));
    if (total === undefined || population === undefined) return;
    add(ctx, {
      kind: 'per-capita',
      stated: index,
      inputs: [total, population],
      audit: {
        fn: 'auditPerCapita',
        args: { total: text(ctx, total), population: text(ctx, population), stated: f.text },
      },
    });
  });
}

/** Whether two labels end alike on at least two characters (有耕地 and 占有耕地: 耕地). */
function sharesEnding(a: string, b: string): boolean {
  let same = 0;
  while (same < a.length && same < b.length && a[a.length - 1 - same] === b[b.length - 1 - same]) {
    same += 1;
  }
  return same > 0 && same >= Math.min(2, a.length, b.length);
}

/** The levels of the figure's paragraph within the look-around, the figure itself left out. */
function levelsAround(ctx: Context, index: number): number[] {
  const f = figureAt(ctx, index);
  const levels: number[] = [];
  const last = Math.min(ctx.figures.length - 1, index + LOOK_AROUND);
  for (let t = Math.max(0, index - LOOK_AROUND); t <= last; t += 1) {
    if (t !== index && isLevel(ctx, t) && figureAt(ctx, t).paragraph === f.paragraph)
      levels.push(t);
  }
  return levels;
}

/**
 * The population a per-capita figure divides by: the one whose label starts like the figure's
 * subject (农民人均 → 农业人口), or, with no subject, the total or resident population.
 */
function populationFor(ctx: Context, levels: readonly number[], who: string): number | undefined {
  let best = 0;
  let population: number | undefined;
  for (const t of levels) {
    const g = figureAt(ctx, t);
    if (amountOf(g.figure)?.quantity.dimension !== 'population') continue;
    const name = g.label ?? '';
    const score =
      who.length > 0
        ? name.startsWith(who.charAt(0))
          ? 2
          : 0
        : /总人口|常住人口|户籍人口/.test(name)
          ? 1
          : 0;
    if (score > best) {
      best = score;
      population = t;
    }
  }
  return population;
}

/**
 * Every checkable claim among the figures of a passage, ordered by the stated figure.
 *
 * @internal
 */
export function findClaims(
  figures: readonly ScannedFigure[],
  sums: SumCheck,
  previousText: PreviousText,
): readonly FoundClaim[] {
  const ctx: Context = {
    figures,
    claims: [],
    taken: new Set(),
    totals: new Map(),
    totalOf: new Map(),
    levels: new Uint8Array(figures.length),
    floats: new Float64Array(figures.length).fill(Number.NaN),
  };
  findSums(ctx, sums);
  findMarkedSums(ctx);
  findLists(ctx);
  findShareLists(ctx);
  findAggregateGrowth(ctx);
  findShares(ctx);
  findChanges(ctx);
  findIncrementGrowth(ctx, previousText);
  findRatios(ctx);
  findPointChanges(ctx);
  findComparedLevels(ctx);
  findBracketedComparisons(ctx);
  findPulls(ctx);
  findPullSums(ctx);
  findPerCapita(ctx);
  return [...ctx.claims].sort(
    (a, b) => figureAt(ctx, a.stated).start - figureAt(ctx, b.stated).start,
  );
}
