import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from '@/app';

import './index.css';

const container = document.getElementById('root');
if (!container) {
  throw new Error('index.html has no #root element to mount Leadline into');
}

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
