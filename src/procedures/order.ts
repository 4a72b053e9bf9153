/**
 * Every procedure the app offers, most common first (the home screen lists them in this order).
 * Only ids: the home screen, on the first load, lists them from here and loads the catalogue itself
 * (its sources, fees and rules) when a person starts one — the same chunk the wizard needs next.
 */
export const procedureOrder = [
  'renewal-cst-vpf',
  'renewal-cst-salarie',
  'renewal-cst-etudiant',
  'renewal-csp',
  'renewal-carte-resident',
  'renewal-talent',
  'change-of-address',
  'duplicate',
] as const;
