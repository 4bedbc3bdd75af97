/**
 * Text a spreadsheet would take for a formula or a sign if typed back in (or opened from CSV):
 * the xlsx writer keeps it as text by a quote prefix, the CSV writer by a leading apostrophe.
 */
export const FORMULA_LIKE = /^[=+\-@\t\r]/;
