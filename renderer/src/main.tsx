import 'bootstrap-italia/dist/css/bootstrap-italia.min.css';
import './fonts.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { trackFocusSource } from './focusMode';
import { syncNavigationWithLocation } from './store/navigation';

syncNavigationWithLocation();
trackFocusSource();

const root = document.getElementById('root');
if (!root) throw new Error('Elemento #root mancante in index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
