// Every table of the application; drizzle-kit generates migrations from this module.
export * from '../territories/schema';
export * from '../auth/schema';
export * from '../organisations/schema';
export * from '../audit/schema';
export * from '../plans/schema';
export * from '../workshops/schema';
export * from '../levers/schema';
export * from '../indicators/schema';
export * from '../heat/schema';
export * from '../publication/schema';
