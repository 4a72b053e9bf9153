export * from './common';
export * from './submission';
export * from './receipt';
export * from './problem';
export * from './paths';
