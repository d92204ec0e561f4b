import type { Role } from '@trajectoire/domain';

/** Every demo account shares this password; README lists them. Disable the demo with TRAJECTOIRE_DEMO=0. */
export const DEMO_PASSWORD = 'demo-trajectoire';

export interface DemoAccount {
  email: string;
  name: string;
  org: 'mgp' | 'poitiers' | 'manche' | null;
  role: Role | null;
  pilotedOnly?: boolean;
  superadmin?: boolean;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@trajectoire.demo', name: 'Administratrice plateforme', org: null, role: null, superadmin: true },
  { email: 'admin.mgp@trajectoire.demo', name: 'Camille Admin (MGP)', org: 'mgp', role: 'admin' },
  { email: 'editeur.mgp@trajectoire.demo', name: 'Dominique Éditeur (MGP)', org: 'mgp', role: 'editor' },
  { email: 'lecteur.mgp@trajectoire.demo', name: 'Lou Lecteur (MGP)', org: 'mgp', role: 'reader' },
  { email: 'pilote.mgp@trajectoire.demo', name: 'Sacha Pilote (MGP)', org: 'mgp', role: 'editor', pilotedOnly: true },
  { email: 'admin.poitiers@trajectoire.demo', name: 'Alex Admin (Grand Poitiers)', org: 'poitiers', role: 'admin' },
  { email: 'ddtm.manche@trajectoire.demo', name: 'Claude DDTM (Manche)', org: 'manche', role: 'admin' },
];
