/** The class only, without registering a tag (`ml-transition-kit/transition-checklist`). */
export { TransitionChecklist, type TransitionChecklistChangeDetail } from './transition-checklist.js';
