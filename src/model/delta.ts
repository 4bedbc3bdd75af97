/** The tornado's relative change of each input (spec section 4) the app shows its figures with. */
export const TORNADO_DELTA = 0.2;
