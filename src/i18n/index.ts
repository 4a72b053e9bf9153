export * from './languages';
export { setupI18n } from './setup';
