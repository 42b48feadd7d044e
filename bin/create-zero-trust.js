#!/usr/bin/env node
// Loads the bundle built by `npm run build` (dist/ ships in the package).
import "../dist/cli.js";
