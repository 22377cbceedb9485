// One file per aggregate; this barrel is what drizzle() and drizzle-kit read.
export * from './sources';
export * from './municipalities';
export * from './bodies';
export * from './users';
export * from './meetings';
export * from './cases';
export * from './decisions';
export * from './offers';
export * from './tariffs';
export * from './focus-areas';
export * from './implementation-plan';
export * from './network-groups';
export * from './agendas';
export * from './collab';
export * from './calendar';
export * from './surveys';
