import 'i18next';
import type id from './id.json';

// Keys passed to t() are checked against the Indonesian catalogue (the English one has the same keys).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof id };
  }
}
