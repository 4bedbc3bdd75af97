/**
 * The currencies the editor offers for a scenario and for a loan limit: the dollar, the Latin
 * American ones the lenders work in, and the euro. ISO 4217 codes; one list for both pickers.
 */
export const PICKABLE_CURRENCIES: readonly string[] = [
  'USD',
  'COP',
  'PEN',
  'BOB',
  'MXN',
  'BRL',
  'CLP',
  'ARS',
  'GTQ',
  'HNL',
  'NIO',
  'CRC',
  'PAB',
  'DOP',
  'PYG',
  'UYU',
  'EUR',
];
