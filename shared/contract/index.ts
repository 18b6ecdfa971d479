export * from './channels';
export * from './validation';
export * from '../result';
