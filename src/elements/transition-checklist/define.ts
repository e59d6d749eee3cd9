/** Registers `<transition-checklist>`: the side-effect entry (`ml-transition-kit/transition-checklist/define`). */
import { TransitionChecklist } from './transition-checklist.js';

TransitionChecklist.define();

export { TransitionChecklist };
