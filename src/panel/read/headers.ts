/**
 * The headers of a statistical table as offices print them: key columns by their Chinese (or
 * English) names, `名称（单位）` headers, a title with `（单位：万元）`, year headers (`2023`,
 * `2023年`), a unit row under the header.
 *
 * @internal
 * @module
 */
import { findUnit } from '../../units/table.js';

/** The role of a key column. @internal */
export type KeyRole = 'town' | 'period' | 'group' | 'indicator';

const KEY_NAMES: Readonly<Record<KeyRole, RegExp>> = {
  town: /^(?:乡镇|镇|乡|街道|镇名|镇名称|乡镇名|乡镇名称|乡镇[（(]街道[)）]|乡镇街道|乡镇（场）|名称|地区|区域|单位名称|town|towns|name)$/i,
  period: /^(?:年份|年度|年|时期|期间|报告期|时间|统计年度|year|period)$/i,
  group:
    /^(?:县|区县|县区|县市区|县[（(]市[、,，]?区[)）]|县[（(]市[)）]|所属县|所属县区|所属县[（(]市[、,，]?区[)）]|所属县市区|county|group)$/i,
  indicator: /^(?:指标|指标名称|项目|统计指标|indicator)$/i,
};

/** The role of a header, if it names a key column. @internal */
export function keyRole(header: string): KeyRole | undefined {
  const name = header.replace(/\s+/g, '');
  for (const role of ['town', 'period', 'group', 'indicator'] as const) {
    if (KEY_NAMES[role].test(name)) return role;
  }
  return undefined;
}

const NAME_AND_UNIT = /^(.*?)\s*[（(]\s*(?:单位\s*[:：]\s*)?([^()（）]+?)\s*[)）]\s*$/;

/** Whether a text names a unit of the units table, or `%` / `‰`. @internal */
export function isUnitName(text: string): boolean {
  const t = text.trim();
  if (t === '%' || t === '‰' || t === '％') return true;
  try {
    return t.length > 0 && findUnit(t) !== undefined;
  } catch {
    return false;
  }
}

/** `地区生产总值（万元）` → name `地区生产总值`, unit `万元`; a header without a unit keeps its text. @internal */
export function splitHeader(header: string): { readonly name: string; readonly unit?: string } {
  const text = header.replace(/\s+/g, ' ').trim();
  const match = NAME_AND_UNIT.exec(text);
  if (match !== null) {
    const unit = (match[2] as string).replace('％', '%');
    if (isUnitName(unit) && (match[1] as string).length > 0) {
      return { name: (match[1] as string).trim(), unit: unit.trim() };
    }
  }
  return { name: text };
}

const TITLE_UNIT = /单位\s*[:：]\s*([^()（）\s,，;；]+)/;

/** The unit a title states (`（单位：万元）`), if any. @internal */
export function titleUnit(title: string): string | undefined {
  const match = TITLE_UNIT.exec(title);
  if (match === null) return undefined;
  const unit = (match[1] as string).replace('％', '%');
  return isUnitName(unit) ? unit : undefined;
}

/** The year a title names first (`2023年各镇主要经济指标`), if any. @internal */
export function titleYear(title: string): string | undefined {
  return /((?:19|20)\d{2})\s*年/.exec(title)?.[1];
}

const YEAR_HEADER = /^((?:19|20)\d{2})\s*(?:年度?|年末|年底)?$/;
const PERIOD_HEADER = /^(\d{4}-(?:Q[1-4]|H[12]|\d{2}))$/;

/** The period a header names (`2023`, `2023年`, `2023-Q1`), if it names one. @internal */
export function periodHeader(header: string): string | undefined {
  const text = header.replace(/\s+/g, '').replace('.0', '');
  return YEAR_HEADER.exec(text)?.[1] ?? PERIOD_HEADER.exec(text)?.[1];
}

/** A period cell of a long table (`2023`, `2023年`, `2023-Q1`) as a period label. @internal */
export function periodCell(cell: string): string {
  return periodHeader(cell) ?? cell.trim();
}

/** Spreadsheet column letters: 0 → `A`, 26 → `AA`. @internal */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const TOTAL =
  /^(?:合计|总计|全县|全市|全区|全省|小计|总体|汇总|全部|总数|total|sum|all)$|合计$|总计$/i;

/** Whether a town cell marks a total row (`合计`, `全县`, `××县合计`). @internal */
export function isTotalLabel(text: string): boolean {
  return TOTAL.test(text.replace(/\s+/g, ''));
}

/** The indicator a title names (`2023年各镇地区生产总值（单位：亿元）` → `地区生产总值`). @internal */
export function titleIndicator(title: string): string {
  const name = splitHeader(title.replace(/[（(]\s*单位\s*[:：][^)）]*[)）]/g, '')).name;
  const bare = name
    .replace(/^(?:19|20)\d{2}\s*(?:[-—~至]\s*(?:19|20)\d{2}\s*)?年度?/, '')
    .replace(/^(?:全[县市区省])?各(?:乡镇|镇|乡)(?:[（(]街道[)）])?/, '')
    .replace(/^的/, '')
    .trim();
  return bare.length > 0 ? bare : name;
}
