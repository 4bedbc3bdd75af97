/**
 * The sample scenarios shipped with the app in public/examples (copies of the team's shared
 * samples): the one list that the first run's seeding, the sample picker and the tests use.
 * Each NAME has NAME.json and NAME.expected.json; the order is the order seeded and offered.
 */
export const SAMPLE_NAMES = [
  'bolivia-poultry-slaughterhouse',
  'peru-textile-guaranteed-loan',
  'colombia-green-credit-rebate',
  'colombia-dairy-verified-rebate',
  'central-america-dairy-energy-risk',
  'bolivia-ep3-portfolio',
] as const;

export type SampleName = (typeof SAMPLE_NAMES)[number];
