export * from '@/domain/procedureSchema';
export * from './catalogue';
export * from './documentLimits';
export * from './documentTypes';
