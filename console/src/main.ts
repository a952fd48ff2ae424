// The staff console's entry (built by console/vite.config.ts into server/dist/console, served at /console/).
import './define.js';
