export type {
  AmountFigure,
  Figure,
  FigureBase,
  FigureKind,
  MultipleFigure,
  PointChangeFigure,
  RangeFigure,
  RateFigure,
  RatioFigure,
} from '../units/figure.js';
export type { AuditedClaim, AuditTextOptions, TextAudit, UnauditedClaim } from './auditText.js';
export { auditText } from './auditText.js';
export type { ClaimAudit } from './claims.js';
export type { ClaimKind, ExtractedClaim } from './extractClaims.js';
export { extractClaims } from './extractClaims.js';
export type { ExtractedFigure } from './extractFigures.js';
export { extractFigures } from './extractFigures.js';
export { parseFigure } from './parseFigure.js';
