// Open licences a publication may carry. The Licence Ouverte 2.0 is the default the French open data policy asks
// administrations to use; ODbL and CC BY are the usual alternatives.
export const LICENCES = {
  'etalab-2.0': { label: 'Licence Ouverte 2.0', url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/' },
  'odbl-1.0': { label: 'Open Database License 1.0', url: 'https://opendatacommons.org/licenses/odbl/1-0/' },
  'cc-by-4.0': { label: 'Creative Commons Attribution 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
} as const;
export type LicenceId = keyof typeof LICENCES;
export const LICENCE_IDS = Object.keys(LICENCES) as [LicenceId, ...LicenceId[]];
export const DEFAULT_LICENCE: LicenceId = 'etalab-2.0';

export const licenceOf = (id: string) => {
  const l = LICENCES[id as LicenceId] ?? LICENCES[DEFAULT_LICENCE];
  return { id: (id in LICENCES ? id : DEFAULT_LICENCE) as LicenceId, label: l.label, url: l.url };
};
