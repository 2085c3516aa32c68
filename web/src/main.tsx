import './index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { i18nReady } from './i18n';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

// After the user's language is in: an English user's first paint is in English, not Chinese then English.
void i18nReady.then(() =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
