import { describe, expect, it } from 'vitest';
import { PORTEUR_LEVERS, PORTEUR_LEVER_LABELS_FR, guessPorteurLevers, type PorteurLever } from './porteur-levers';

// Every "LEVIERS POTENTIELS DE LA METROPOLE" cell of the Grand Paris waste-heat workshop table,
// with the PDF line breaks left in, and the levers a reader assigns to each.
const SEED_CELLS: Array<[string, PorteurLever[]]> = [
  ['-Agréger la \nconnaissance', ['collect_data']],
  ['-Recueillir la donnée et \nla partager', ['collect_data']],
  ['-Mobiliser, sensibiliser', ['inform', 'mobilise']],
  ['-Informer, sensibiliser', ['inform']],
  ['-Accompagnement, \ninformation des \ncommunes, partage \nd’expériences', ['inform', 'support']],
  ['-Accompagnement, \npourquoi pas sur un \nguide des « bénéfices » \nde chaque partie', ['inform', 'support']],
  ['-Informer, sensibiliser \nsur l’importance de \nl’action en amont', ['inform']],
  ['-Accompagner et \nfavoriser le partage de \nconnaissances', ['collect_data', 'support']],
  ['-Accompagner les \nservices des communes \ndans le cadrage des \nenjeux', ['support']],
  ['-Information, \ncommunication, \nsensibilisation', ['inform']],
  ['-Informer sur \nl’existence de \nmécanismes de soutien \nfinancier', ['inform']],
  ['-Utiliser l’obligation \nréglementaire', ['plan_regulate']],
  ['-Facilitation, \ninformation, \nsensibilisation', ['inform', 'support']],
];

describe('guessPorteurLevers', () => {
  it.each(SEED_CELLS)('maps the seed cell %j', (text, expected) => {
    expect(guessPorteurLevers(text)).toEqual(expected);
  });

  it('ignores accents and case', () => {
    expect(guessPorteurLevers('RÉGLEMENTER ET PLANIFIER')).toEqual(['plan_regulate']);
    expect(guessPorteurLevers('federer les acteurs')).toEqual(['mobilise']);
  });

  it('recognises funding and building verbs', () => {
    expect(guessPorteurLevers('Financer les études de faisabilité')).toEqual(['fund']);
    expect(guessPorteurLevers('Construire et exploiter le réseau')).toEqual(['build_operate']);
  });

  it('does not read false friends as levers', () => {
    expect(guessPorteurLevers('Réunions régulières avec les collectivités')).toEqual([]);
    expect(guessPorteurLevers('Conditionner le permis de construire')).toEqual(['plan_regulate']);
    expect(guessPorteurLevers('')).toEqual([]);
  });

  it('returns each lever once, in canonical order', () => {
    expect(guessPorteurLevers('Sensibiliser, planifier, informer, sensibiliser')).toEqual(['inform', 'plan_regulate']);
  });
});

describe('PORTEUR_LEVER_LABELS_FR', () => {
  it('labels every lever', () => {
    expect(Object.keys(PORTEUR_LEVER_LABELS_FR)).toEqual([...PORTEUR_LEVERS]);
    expect(PORTEUR_LEVER_LABELS_FR.collect_data).toBe('Collecter et partager la donnée');
  });
});
