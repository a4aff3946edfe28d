/**
 * Funding structure: where the money of 成都's town renovation came from (shares that add up to
 * 100), the part without a stated source (the funding gap), how much social capital each yuan of
 * public money drew (leverage), and how much committed foreign investment arrived (到位率).
 *
 * Run from a clone of the repository: `npx tsx examples/funding-structure.ts`.
 * This script imports the library from source; in your own project the import is
 * `from 'town-indicators'`.
 */
import {
  arrivalRate,
  Decimal,
  formatRate,
  fundingGap,
  leverageRatio,
  parseQuantity,
  roundHalfUp,
  roundShares,
  shares,
} from '../src/index.js';

// Seed report 000 (成都): 小城镇改造实际完成投资60.3亿元; 市级专项0.6亿元, 区（市）县财政配套11.2亿元,
// 吸引社会资金投入40.3亿元，占…的66.8%.
const invested = parseQuantity('60.3亿元');
const sources = {
  市级专项: parseQuantity('0.6亿元'),
  区县财政配套: parseQuantity('11.2亿元'),
  社会资金: parseQuantity('40.3亿元'),
};

const gap = fundingGap(invested, Object.values(sources));
console.log('成都 小城镇改造 (seed report 000)');
console.log(`Invested ${String(gap.required)}; with a stated source ${String(gap.secured)}`);
console.log(
  `Without a stated source: ${String(gap.gap)} (${formatRate(gap.gap.value.div(gap.required.value))}); coverage ${formatRate(gap.coverage)}\n`,
);

// The structure, with the unexplained part as its own line so that the shares cover the whole.
const structure = { ...sources, 未列明来源: gap.gap };
const exact = shares(structure);
const rounded = roundShares(structure, 1);
const whole = roundShares(structure, 0);
console.table(
  Object.keys(structure).map((key) => {
    const name = key as keyof typeof structure;
    return {
      source: name,
      amount: String(structure[name]),
      'share (half up)': formatRate(exact[name]),
      'share (sums to 100)': `${rounded[name].toFixed(1)}%`,
      'whole % (half up)': formatRate(exact[name], { decimals: 0 }),
      'whole % (sums to 100)': `${whole[name].toFixed(0)}%`,
    };
  }),
);
const halfUpTotal = Object.values(exact).reduce(
  (sum, value) => sum.plus(roundHalfUp(value.times(100), 0)),
  new Decimal(0),
);
const wholeTotal = Object.values(whole).reduce((sum, value) => sum.plus(value), new Decimal(0));
console.log(
  `In whole percent, rounding each share half up gives ${halfUpTotal.toString()}%; ` +
    `the largest remainder method (roundShares) gives ${wholeTotal.toString()}%.`,
);
console.log(
  `社会资金 is ${formatRate(exact.社会资金)} of the investment, as the report says (66.8%).\n`,
);

// 撬动: social capital per yuan of public money (市级专项 + 区县配套).
const leverage = leverageRatio(sources.社会资金, [sources.市级专项, sources.区县财政配套]);
console.log(
  `Leverage (撬动比): ${leverage.toFixed(2)} yuan of social capital per yuan of public money`,
);

// Seed report 002 (xxxx镇, 2011): 协议引进外资1665万美元，实到外资850万美元.
const committed = parseQuantity('1665万美元');
const received = parseQuantity('850万美元');
console.log(
  `\nForeign investment: committed ${String(committed)}, received ${String(received)} — 到位率 ${formatRate(arrivalRate(committed, received), { decimals: 2 })}`,
);

// CNY and USD never mix without an explicit rate.
try {
  arrivalRate(committed, parseQuantity('9000万元'));
} catch (error) {
  console.log(`Mixing currencies: ${(error as Error).message}`);
}
