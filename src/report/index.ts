export type {
  DescribeGrowthOptions,
  DescribeMultipleOptions,
  DescribePointChangeOptions,
  FormatQuantityOptions,
  FormatRateOptions,
  Locale,
} from './format/index.js';
export {
  describeGrowth,
  describeMultiple,
  describePointChange,
  formatQuantity,
  formatRate,
} from './format/index.js';
