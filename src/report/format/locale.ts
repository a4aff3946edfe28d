/**
 * The languages of report phrasing.
 *
 * @module
 */

/** The language of a phrase: `'zh'` (report Chinese, the default) or `'en'` (English). */
export type Locale = 'zh' | 'en';
