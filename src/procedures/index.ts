export * from '@/domain/procedureSchema';
export * from './catalogue';
export * from './documentTypes';
