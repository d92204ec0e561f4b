// How an action owner ("porteur") acts on an action. It is orthogonal to the COP levers (which say
// *what* is changed): a metropolis can inform, fund or regulate for the same heat-network lever.

export const PORTEUR_LEVERS = [
  'inform',
  'collect_data',
  'support',
  'fund',
  'plan_regulate',
  'mobilise',
  'build_operate',
] as const;
export type PorteurLever = (typeof PORTEUR_LEVERS)[number];

export const PORTEUR_LEVER_LABELS_FR: Record<PorteurLever, string> = {
  inform: 'Informer, sensibiliser',
  collect_data: 'Collecter et partager la donnée',
  support: 'Accompagner, conseiller',
  fund: 'Financer',
  plan_regulate: 'Planifier, réglementer',
  mobilise: 'Mobiliser, fédérer',
  build_operate: 'Construire, exploiter',
};

// Word stems matched against accent-free, lower-case text. A stem matches at the start of a word,
// so "informer", "information" and "informations" all hit "inform". Stems avoid common false friends:
// "soutien financier" (informing *about* funding) is not funding, "collectivité" is not "collecte",
// "régulier" is not "réguler", "permis de construire" is planning rather than building.
const RULES: Record<PorteurLever, readonly string[]> = {
  inform: ['inform', 'sensibilis', 'communic', 'promouv', 'promotion', 'diffuser', 'diffusion', 'vulgaris', 'guide', "partage d'experience", "retours d'experience"],
  collect_data: ['donnee', 'recueil', 'collecte', 'agreg', 'observatoire', 'inventaire', 'cartograph', 'partage de connaissance', 'partage des connaissance'],
  support: ['accompagn', 'conseiller', 'conseils', 'facilit', 'appui', 'assistance', 'expertise'],
  fund: ['financer', 'financement', 'cofinanc', 'subvention', 'aide financiere', 'aides financieres', 'fonds de concours'],
  plan_regulate: ['planifi', 'reglement', 'obligation', 'reguler', 'regulation', 'urbanisme', 'conditionn', 'permis de construire', 'prescri', 'imposer'],
  mobilise: ['mobilis', 'federe', 'federation', 'animation', 'animer', 'reunir', 'rassembl', 'concertation'],
  build_operate: ['construire', 'construction', 'exploit', 'travaux', "maitrise d'ouvrage", "maitre d'ouvrage"],
};

// Phrases blanked out before testing one lever's stems, because they contain a stem with another meaning.
const IGNORED: Partial<Record<PorteurLever, readonly string[]>> = {
  build_operate: ['permis de construire'],
};

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\s+/g, ' ');
}

function hasStem(haystack: string, stem: string): boolean {
  const escaped = normalise(stem).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Word start: beginning of text or any non-letter character before the stem.
  return new RegExp(`(^|[^a-z])${escaped}`).test(haystack);
}

/**
 * Guesses the porteur levers named in free French text, such as the "leviers potentiels" cell of a
 * workshop table. Returns codes in PORTEUR_LEVERS order, without duplicates; [] when nothing matches.
 * It is a suggestion for a human to confirm, not a classification to store unreviewed.
 */
export function guessPorteurLevers(text: string): PorteurLever[] {
  const normalised = normalise(text);
  return PORTEUR_LEVERS.filter((lever) => {
    const haystack = (IGNORED[lever] ?? []).reduce((acc, phrase) => acc.split(phrase).join(' '), normalised);
    return RULES[lever].some((stem) => hasStem(haystack, stem));
  });
}
