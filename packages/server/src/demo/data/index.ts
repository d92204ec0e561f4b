// Reference-based demo data (typed constants, no I/O), built from the French seed documents.
export * from './grand-paris-sdem';
export * from './grand-poitiers-pcaet';
export * from './manche-prefecture';
