/**
 * The one HyperFormula configuration every engine instance is built with (the scenario workbook,
 * the formula resolver, the worker's one-formula sheet). licenseKey: HyperFormula is used under
 * its GPLv3 licence. smartRounding off: results keep full double precision, the same as the
 * model kernel's, so the workbook and the kernel agree to the last digit.
 */
export const HF_CONFIG = { licenseKey: 'gpl-v3', smartRounding: false } as const;
