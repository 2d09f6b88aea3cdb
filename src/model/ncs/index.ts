export { DataError, formatDataError, type DataErrorInit } from './errors.ts';
export { catalogStats, duties, levelDescriptor, pathOfNode, pathOfUnit, unitByCode, unitsByLevel, unitsOfDuty } from './lookup.ts';
export type * from './types.ts';
export { indexByUnit, type LinkedPage } from './reverse-index.ts';
