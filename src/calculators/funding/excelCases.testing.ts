/** Test support: published Excel cases shared by the tests of xnpv and xirr. */

/** Microsoft's XNPV and XIRR examples (support.microsoft.com). */
export const EXCEL_FLOWS = [
  { date: '2008-01-01', amount: -10000 },
  { date: '2008-03-01', amount: 2750 },
  { date: '2008-10-30', amount: 4250 },
  { date: '2009-02-15', amount: 3250 },
  { date: '2009-04-01', amount: 2750 },
] as const;
