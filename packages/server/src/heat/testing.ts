// Test-only helpers of the heat tests: layer files are built in code.
import type { TestContext } from '../../test/harness';
import { upload, utf8 } from '../imports/testing';

export const SOURCES_CSV = [
  'id;kind;name;lat;lon;annual_mwh;temperature_c;potentiel_min_mwh;potentiel_max_mwh',
  'uiom-ivry;incinerator;=UIOM Ivry (nom piégé);48.822;2.397;10000;140;8000;12000',
  'dc-1;datacenter;Data centre 1;48.90;2.36;5000;30;;',
].join('\n');

export const SINKS_CSV = [
  'id,kind,name,lat,lon,annual_mwh,supply_temperature_c',
  'rc-13,heat_network,Réseau Paris 13e,48.829,2.365,20000,80',
  'rc-sd,heat_network,Réseau Saint-Denis,48.936,2.357,8000,75',
].join('\n');

export const layerPath = (orgId: string) => `/api/organisations/${orgId}/heat/layers`;

export function uploadLayer(t: TestContext, orgId: string, headers: Record<string, string>, text: string, fields: Record<string, string>, name = 'couche.csv') {
  return upload(t, layerPath(orgId), headers, { bytes: utf8(text), name }, fields);
}
