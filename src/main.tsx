import './pwa/installPrompt'; // first: beforeinstallprompt can fire before React mounts
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { detectLang, htmlLang, loadUi } from './i18n/i18n';
import './app/app.css';

const lang = detectLang();
document.documentElement.lang = htmlLang(lang);

void loadUi(lang).then((ui) => {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App initial={{ lang, ui }} />
    </StrictMode>,
  );
});
