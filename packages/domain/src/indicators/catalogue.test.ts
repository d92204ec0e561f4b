import { describe, expect, it } from 'vitest';
import { INDICATOR_CATALOGUE, findIndicator } from './catalogue';
import { AIR_POLLUTANTS, PCAET_SECTORS, PCAET_SECTOR_LABELS_FR } from './dimensions';
import { findReferenceSource } from './sources';

const all = INDICATOR_CATALOGUE.indicators;
const childrenOf = (parent: string, breakdown: string) =>
  all.filter((i) => i.parent === parent && i.breakdown === breakdown).map((i) => i.code);

describe('PCAET dimensions', () => {
  it('P1: has exactly the 8 sectors of the arrêté of 4 Aug 2016, in its order', () => {
    expect(PCAET_SECTORS.map((s) => PCAET_SECTOR_LABELS_FR[s])).toEqual([
      'Résidentiel',
      'Tertiaire',
      'Transport routier',
      'Autres transports',
      'Agriculture',
      'Déchets',
      'Industrie hors branche énergie',
      'Branche énergie',
    ]);
  });

  it('P2: has the 6 pollutants NOx, PM10, PM2.5, COVNM, SO2, NH3', () => {
    expect([...AIR_POLLUTANTS].sort()).toEqual(['nh3', 'nmvoc', 'nox', 'pm10', 'pm2_5', 'so2']);
  });
});

describe('indicator catalogue', () => {
  it('has unique, dotted snake_case codes', () => {
    expect(new Set(all.map((i) => i.code)).size).toBe(all.length);
    for (const i of all) expect(i.code).toMatch(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/);
  });

  it('links every child to an existing parent of the same unit and family, with a breakdown', () => {
    for (const i of all) {
      if (i.parent === null) {
        expect(i.breakdown).toBeNull();
        continue;
      }
      const parent = findIndicator(i.parent);
      expect(parent, i.code).toBeDefined();
      expect(parent?.unit).toBe(i.unit);
      expect(parent?.family).toBe(i.family);
      expect(i.breakdown).not.toBeNull();
    }
  });

  it('cites a known source for every indicator and has French labels', () => {
    for (const i of all) {
      expect(findReferenceSource(i.source), i.code).toBeDefined();
      expect(i.labelFr.trim()).not.toBe('');
    }
  });

  it('breaks final energy down by the 8 sectors, by vector, and each sector by vector', () => {
    expect(childrenOf('final_energy', 'sector')).toEqual(PCAET_SECTORS.map((s) => `final_energy.sector.${s}`));
    expect(childrenOf('final_energy', 'vector')).toHaveLength(8);
    for (const s of PCAET_SECTORS) expect(childrenOf(`final_energy.sector.${s}`, 'vector')).toHaveLength(8);
    expect(findIndicator('final_energy')?.unit).toBe('MWh');
  });

  it('breaks GHG (tCO2e) and each pollutant (t) down by the 8 sectors', () => {
    expect(childrenOf('ghg', 'sector')).toHaveLength(8);
    expect(findIndicator('ghg.sector.residential')?.unit).toBe('tCO2e');
    for (const p of AIR_POLLUTANTS) {
      expect(childrenOf(`air.${p}`, 'sector')).toHaveLength(8);
      expect(findIndicator(`air.${p}`)?.unit).toBe('t');
    }
  });

  it('P3: keeps electricity/heat production out of branche énergie GHG', () => {
    expect(findIndicator('ghg.sector.energy_industry')?.note).toMatch(/Excludes electricity, heat and cold production/);
  });

  it('lists the R229-51 renewable filières: 7 electric, 5 heat, plus biomethane and biofuels', () => {
    expect(childrenOf('renewables.electricity', 'filiere')).toEqual([
      'renewables.electricity.onshore_wind',
      'renewables.electricity.solar_pv',
      'renewables.electricity.solar_thermodynamic',
      'renewables.electricity.hydro',
      'renewables.electricity.solid_biomass',
      'renewables.electricity.biogas',
      'renewables.electricity.geothermal',
    ]);
    expect(childrenOf('renewables.heat', 'filiere')).toEqual([
      'renewables.heat.solid_biomass',
      'renewables.heat.heat_pumps',
      'renewables.heat.geothermal',
      'renewables.heat.solar_thermal',
      'renewables.heat.biogas',
    ]);
    expect(childrenOf('renewables', 'carrier')).toEqual([
      'renewables.electricity',
      'renewables.heat',
      'renewables.biomethane',
      'renewables.biofuels',
    ]);
    expect(findIndicator('recovered_heat')?.parent).toBeNull();
  });

  it('breaks sequestration down by 8 land uses and wants it to increase', () => {
    expect(childrenOf('sequestration', 'land_use')).toHaveLength(8);
    expect(findIndicator('sequestration.land_use.forest')?.goal).toBe('increase');
    expect(findIndicator('renewables.heat.heat_pumps')?.goal).toBe('increase');
    expect(findIndicator('ghg.sector.waste')?.goal).toBe('decrease');
  });
});
