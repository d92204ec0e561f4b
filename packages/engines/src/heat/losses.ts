import { HOURS_PER_YEAR } from './types';
import { PIPES_PER_TRENCH, type PipeClass } from './costs';

/**
 * Heat lost by a buried transport line, after Hotmaps TransmissionLine.heat_loss (excess_heat_cm,
 * dh_network/dh_objects.py), with its unit slip corrected. Per metre of pipe, a cylindrical insulation layer of
 * conductivity λ and thickness s around a pipe of diameter d, with fluid at T and soil at T_soil, loses
 *
 *     q = π · λ · (T − T_soil) / ln(1 + 2s/d)   W/m
 *
 * Hotmaps multiplies by `10e-6`, which is 1e-5 in Python, so its losses come out 10× too high (research note §2.2
 * item 9); W → MW is 1e-6, used here. The loss is a fixed amount per year for a hot line (it does not scale with
 * the heat carried), so a long line to a small sink can lose more than it delivers: such arcs get no capacity.
 *
 * Conventions: both pipes of the trench at the same fluid temperature (as in Hotmaps; the return is cooler, so this
 * errs on the high side); the soil temperature is a national annual mean (Hotmaps SOIL_TEMPERATURE_MAP, FR 10.7 °C);
 * a fluid colder than the soil loses nothing (we do not credit heat gained from the soil).
 */
export function lossMwhPerMTrench(c: PipeClass, fluidC: number, soilC: number, conductivityWPerMK: number): number {
  const dT = fluidC - soilC;
  if (dT <= 0) return 0;
  const wPerMPipe = (Math.PI * conductivityWPerMK * dT) / Math.log(1 + (2 * c.insulationMm) / c.diameterMm);
  return (c.parallel * PIPES_PER_TRENCH * wPerMPipe * HOURS_PER_YEAR) / 1e6;
}

/**
 * Fluid temperature in the line. Direct use: the line runs at the sink's supply temperature (the source is hotter
 * and is cooled to it at the source exchanger). With a heat pump, the pump stands at the sink and the line carries
 * the source's low-temperature water. Both cases are min(T_source, T_sink).
 */
export function lineTemperatureC(sourceC: number, sinkC: number): number {
  return Math.min(sourceC, sinkC);
}
