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
export type { RenderReportOptions, ReportFormat } from './render.js';
export { renderReport } from './render.js';
export { townReport } from './townReport.js';
export type {
  TownReport,
  TownReportOptions,
  TownReportRow,
  TownReportSection,
} from './types.js';
