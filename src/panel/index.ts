export type { ComputePanelOptions } from './computePanel.js';
export { computePanel } from './computePanel.js';
export type { PanelFromRowsOptions } from './panelFromRows.js';
export { panelFromRows } from './panelFromRows.js';
export type { PanelToCsvOptions } from './panelToCsv.js';
export { panelToCsv } from './panelToCsv.js';
export type {
  PanelRead,
  PanelReadIssue,
  PanelTotal,
  ReadPanelOptions,
} from './read/readTable.js';
export type { DatasetRead, ReadDatasetCsvOptions } from './readDatasetCsv.js';
export { readDatasetCsv } from './readDatasetCsv.js';
export { readPanelCsv } from './readPanelCsv.js';
export type {
  AverageGrowthMeasure,
  ContributionRateMeasure,
  GrowthMeasure,
  MeasureKind,
  MeasureSpec,
  PanelCellError,
  PanelColumns,
  PanelResult,
  PanelRow,
  PanelScale,
  PanelSpec,
  PanelTable,
  PanelValue,
  PointChangeMeasure,
  PullMeasure,
  RankMeasure,
  RatioMeasure,
  ShareOfGroupMeasure,
} from './types.js';
