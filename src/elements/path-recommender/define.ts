/** Registers `<path-recommender>`: the side-effect entry (`ml-transition-kit/path-recommender/define`). */
// Content first so the code sits together and compresses better (see src/index.ts).
import './locales/en.js';
import { PathRecommender } from './path-recommender.js';

PathRecommender.define();

export { PathRecommender };
