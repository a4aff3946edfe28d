/**
 * The languages of report phrasing.
 *
 * @module
 */

/** The language of a phrase: `'zh'` (report Chinese, the default) or `'en'` (English). @category Formatting */
export type Locale = 'zh' | 'en';
