/** Settings (app/SettingsPage.tsx) in English; loaded with its chunk (see i18n/featureText.ts). */
import type { Widen } from '../i18n/featureText';

export const settingsTextEn = {
  heading: 'Settings',
  language: 'Language',
  storage: 'Storage on this phone',
  storedOnPhone:
    'Incidents, notes and terminals are stored only on this phone. Nothing is sent anywhere.',
  persistGranted: 'The browser has promised to keep this data.',
  persistDenied:
    'The browser may delete this data when the phone runs low on space. Make a backup now and then.',
  persistUnsupported:
    'This browser does not say whether it keeps the data. Make a backup now and then.',
  lastBackup: 'Last backup: {date}.',
  noBackupYet: 'No backup made on this phone yet.',
  persistAsk: 'Ask the browser to keep the data',
  usage: 'Using {used} MB of {quota} MB available.',
  backup: 'Backup and restore',
} as const;

export type SettingsText = Widen<typeof settingsTextEn>;
