/**
 * A second thread for a national panel, where the platform has one (Node's worker_threads): the
 * main thread reads the columns, one by one, while the worker computes the growth and share
 * columns already read, in shared memory. The worker does only the fast, exact integer path of
 * {@link growthCells} and {@link shareCells}, line for line; a measure in which it meets any
 * other cell (a wide figure, a total beyond 2^53, a value beyond int32) is flagged and computed
 * again on the main thread by the functions themselves, so every cell is what they give.
 *
 * @internal
 * @module
 */
import { ErrorCode } from '../../errors.js';
import { CELL_MIN, codeMark } from './output.js';

/** The kinds of task the worker does. @internal */
export const GROWTH_TASK = 0;
/** @internal */
export const SHARE_TASK = 1;

/** The shared memory of a panel's worker. @internal */
export interface SharedPanel {
  readonly length: number;
  /** Each column's scaled integers, `length` per slot. */
  readonly ints: SharedArrayBuffer;
  /** Each column's states, `length` per slot. */
  readonly states: SharedArrayBuffer;
  /** Each measure's cells (int32), `length` per measure. */
  readonly values: SharedArrayBuffer;
  readonly previous: SharedArrayBuffer;
  readonly buckets: SharedArrayBuffer;
  readonly bucketCount: number;
  readonly measures: number;
}

/** A running worker. @internal */
export interface PanelWorker {
  /** Computes measure `measure` of kind `kind` from column `slot`, scaled by 10^exponent. */
  enqueue(kind: number, measure: number, slot: number, exponent: number): void;
  /**
   * Computes the tasks the worker has not claimed yet here (`runHere(measure)`), waits for the
   * rest, and stops the worker; returns the measures to compute again.
   */
  finish(runHere: (measure: number) => void): {
    readonly redo: Uint8Array;
    readonly stalled: boolean;
  };
}

// The worker's code, plain JavaScript run with `eval`: the fast path of growthCells and
// shareCells (see their source), reading and writing the shared arrays.
const WORKER_SOURCE = `
const { workerData: d } = require('node:worker_threads');
const length = d.length;
const control = new Int32Array(d.control);
const tasks = new Int32Array(d.tasks);
const redo = new Uint8Array(d.redo);
const previous = new Int32Array(d.previous);
const buckets = new Int32Array(d.buckets);
const SAFE = 9007199254740991;
const CELL_MIN = d.cellMin;
const C = d.codes;
function rq(n, q0) {
  const a = n < 0 ? -n : n;
  if (!(a <= SAFE - q0)) return NaN;
  let q = Math.floor(a / q0);
  let r = a - q * q0;
  if (r < 0) { q -= 1; r += q0; } else if (r >= q0) { q += 1; r -= q0; }
  if (r * 2 >= q0) q += 1;
  return n < 0 && q !== 0 ? -q : q;
}
function mark(s) { return s === 1 ? C.missing : s === 2 ? C.invalid : 0; }
function growth(m, slot, exponent) {
  const ints = new Float64Array(d.ints, slot * length * 8, length);
  const state = new Uint8Array(d.states, slot * length, length);
  const out = new Int32Array(d.values, m * length * 4, length);
  const multiplier = 10 ** exponent;
  for (let row = 0; row < length; row += 1) {
    const p0 = previous[row];
    if (p0 < 0) { out[row] = C.noPrevious; continue; }
    const sp = state[p0];
    const sc = state[row];
    if (sp === 1 || sp === 2) { out[row] = mark(sp); continue; }
    if (sc === 1 || sc === 2) { out[row] = mark(sc); continue; }
    if (sp === 3 || sc === 3) { redo[m] = 1; return; }
    const p = ints[p0];
    if (p === 0) { out[row] = C.divisionByZero; continue; }
    if (p < 0) { out[row] = C.nonPositive; continue; }
    const q = rq((ints[row] - p) * multiplier, p);
    if (!(q > CELL_MIN && (q | 0) === q)) { redo[m] = 1; return; }
    out[row] = q;
  }
}
function share(m, slot, exponent) {
  const ints = new Float64Array(d.ints, slot * length * 8, length);
  const state = new Uint8Array(d.states, slot * length, length);
  const out = new Int32Array(d.values, m * length * 4, length);
  const sums = new Float64Array(d.bucketCount);
  for (let row = 0; row < length; row += 1) {
    const s = state[row];
    if (s === 3) { redo[m] = 1; return; }
    if (s === 0) {
      const b = buckets[row];
      const sum = sums[b] + ints[row];
      if (Math.abs(sum) > SAFE) { redo[m] = 1; return; }
      sums[b] = sum;
    }
  }
  const multiplier = 10 ** exponent;
  for (let row = 0; row < length; row += 1) {
    const s = state[row];
    if (s !== 0) { out[row] = mark(s); continue; }
    const whole = sums[buckets[row]];
    if (whole === 0) { out[row] = C.divisionByZero; continue; }
    const n = ints[row] * multiplier;
    if (!(Math.abs(n) <= SAFE)) { redo[m] = 1; return; }
    const q = whole < 0 ? rq(-n, -whole) : rq(n, whole);
    if (!(q > CELL_MIN && (q | 0) === q)) { redo[m] = 1; return; }
    out[row] = q;
  }
}
for (;;) {
  // Claims the next task queued (the main thread claims from the same counter when it is free).
  const claimed = Atomics.load(control, 4);
  const queued = Atomics.load(control, 0);
  if (claimed >= queued) {
    if (Atomics.load(control, 2) === 1) break;
    Atomics.wait(control, 0, queued, 50);
    continue;
  }
  if (Atomics.compareExchange(control, 4, claimed, claimed + 1) !== claimed) continue;
  const at = claimed * 4;
  if (tasks[at] === ${GROWTH_TASK}) growth(tasks[at + 1], tasks[at + 2], tasks[at + 3]);
  else share(tasks[at + 1], tasks[at + 2], tasks[at + 3]);
  Atomics.add(control, 1, 1);
  Atomics.notify(control, 1);
}
`;

/** How long the main thread waits for a worker that makes no progress before it does the rest. */
const STALL_MS = 10_000;

interface WorkerThreads {
  readonly Worker: new (
    source: string,
    options: { readonly eval: true; readonly workerData: unknown },
  ) => { terminate(): Promise<number>; unref(): void };
}

function workerThreads(): WorkerThreads | undefined {
  const node = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  try {
    return node?.getBuiltinModule?.('node:worker_threads') as WorkerThreads | undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts a worker over the shared panel, or `undefined` where the platform has no threads (a
 * browser, or Node before 20.16).
 *
 * @internal
 */
export function startPanelWorker(shared: SharedPanel): PanelWorker | undefined {
  const threads = workerThreads();
  if (threads === undefined || typeof SharedArrayBuffer === 'undefined') return undefined;
  const control = new Int32Array(new SharedArrayBuffer(20));
  const tasks = new Int32Array(new SharedArrayBuffer(Math.max(shared.measures, 1) * 16));
  const redo = new Uint8Array(new SharedArrayBuffer(Math.max(shared.measures, 1)));
  let worker: { terminate(): Promise<number>; unref(): void };
  try {
    worker = new threads.Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        ...shared,
        control: control.buffer,
        tasks: tasks.buffer,
        redo: redo.buffer,
        cellMin: CELL_MIN,
        codes: {
          noPrevious: codeMark(ErrorCode.NO_PREVIOUS_PERIOD),
          missing: codeMark(ErrorCode.MISSING_DATA),
          invalid: codeMark(ErrorCode.INVALID_NUMBER),
          divisionByZero: codeMark(ErrorCode.DIVISION_BY_ZERO),
          nonPositive: codeMark(ErrorCode.NON_POSITIVE_BASE),
        },
      },
    });
    worker.unref();
  } catch {
    return undefined;
  }
  const queued: number[] = [];
  return {
    enqueue(kind, measure, slot, exponent) {
      const at = queued.length * 4;
      tasks[at] = kind;
      tasks[at + 1] = measure;
      tasks[at + 2] = slot;
      tasks[at + 3] = exponent;
      queued.push(measure);
      Atomics.store(control, 0, queued.length);
      Atomics.notify(control, 0);
    },
    finish(runHere) {
      for (;;) {
        const claimed = Atomics.load(control, 4);
        if (claimed >= queued.length) break;
        if (Atomics.compareExchange(control, 4, claimed, claimed + 1) !== claimed) continue;
        runHere(queued[claimed] as number);
        Atomics.add(control, 1, 1);
      }
      let done = Atomics.load(control, 1);
      let waited = 0;
      while (done < queued.length && waited < STALL_MS) {
        const before = done;
        Atomics.wait(control, 1, done, 100);
        done = Atomics.load(control, 1);
        waited = done === before ? waited + 100 : 0;
      }
      Atomics.store(control, 2, 1);
      Atomics.notify(control, 0);
      void worker.terminate();
      // A worker that stalled leaves its measures to the main thread (which computes them into
      // memory of their own: the worker may still write into the shared memory).
      return { redo: redo.slice(), stalled: done < queued.length };
    },
  };
}
