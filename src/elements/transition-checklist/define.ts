/** Registers `<transition-checklist>`: the side-effect entry (`ml-transition-kit/transition-checklist/define`). */
// Content first so the code sits together and compresses better (see src/index.ts).
import './locales/en.js';
import { TransitionChecklist } from './transition-checklist.js';

TransitionChecklist.define();

export { TransitionChecklist };
